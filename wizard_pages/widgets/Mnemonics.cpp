#include "widgets/Mnemonics.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QWizard>

namespace Mnemonics {

QChar of(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QSet<QChar> ofWizardButtons(const QWizard *wizard)
{
    QSet<QChar> keys;
    if (!wizard)
        return keys;
    for (QWizard::WizardButton which : { QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                         QWizard::FinishButton, QWizard::CancelButton, QWizard::HelpButton,
                                         QWizard::CustomButton1, QWizard::CustomButton2, QWizard::CustomButton3 }) {
        const QChar key = of(wizard->buttonText(which));
        if (!key.isNull())
            keys.insert(key);
    }
    return keys;
}

QStringList textsUnder(const QWidget *widget)
{
    QStringList texts;
    for (const QAbstractButton *button : widget->findChildren<QAbstractButton *>())
        texts.append(button->text());
    for (const QGroupBox *box : widget->findChildren<QGroupBox *>())
        texts.append(box->title());
    for (const QLabel *label : widget->findChildren<QLabel *>()) {
        if (label->buddy())
            texts.append(label->text());
    }
    return texts;
}

QSet<QChar> under(const QWidget *widget)
{
    QSet<QChar> keys;
    for (const QString &text : textsUnder(widget)) {
        const QChar key = of(text);
        if (!key.isNull())
            keys.insert(key);
    }
    return keys;
}

QString withoutKey(const QString &text)
{
    QString plain;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
            if (text.at(i + 1) == QLatin1Char('&'))
                plain += QStringLiteral("&&");
            ++i; // "&&" stays, a single '&' goes
            if (text.at(i) == QLatin1Char('&'))
                continue;
        }
        plain += text.at(i);
    }
    return plain;
}

void giveFreeKeys(const QList<QLabel *> &labels, const QWizard *wizard, const QWidget *page)
{
    for (QLabel *label : labels)
        label->setText(withoutKey(label->text()));
    QSet<QChar> taken = ofWizardButtons(wizard);
    taken.unite(under(page));
    for (QLabel *label : labels)
        label->setText(withFreeKey(label->text(), &taken));
}

QString withFreeKey(const QString &text, QSet<QChar> *taken)
{
    const QString plain = withoutKey(text);
    const auto usable = [&](int i) {
        const QChar c = plain.at(i);
        return c.isLetterOrNumber() && !taken->contains(c.toLower()) && (i == 0 || plain.at(i - 1) != QLatin1Char('&'));
    };
    for (const bool wordStartsOnly : { true, false }) {
        for (int i = 0; i < plain.size(); ++i) {
            const bool wordStart = i == 0 || !plain.at(i - 1).isLetterOrNumber();
            if ((wordStartsOnly && !wordStart) || !usable(i))
                continue;
            taken->insert(plain.at(i).toLower());
            return plain.left(i) + QLatin1Char('&') + plain.mid(i);
        }
    }
    return plain;
}

} // namespace Mnemonics
