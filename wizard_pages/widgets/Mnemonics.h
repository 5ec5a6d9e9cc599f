#pragma once

#include <QChar>
#include <QSet>
#include <QString>
#include <QStringList>

class QWizard;
class QLabel;
class QWidget;

// Alt+ keys: one letter marked with '&' in a label or button text. Two different texts with the same key on one
// page make the key jump between them, so texts that come from provider files or translations get a free one.
namespace Mnemonics {

// The key of a text, lower-case ('&' before it; "&&" is a literal ampersand); null without one.
QChar of(const QString &text);
// The keys of the wizard's own buttons (Back, Next, Commit, Finish, Cancel, Help, Save progress) in this language.
QSet<QChar> ofWizardButtons(const QWizard *wizard);
// The texts that can carry a key under widget: its buttons, group boxes and labels with a buddy.
QStringList textsUnder(const QWidget *widget);
// The keys those texts use.
QSet<QChar> under(const QWidget *widget);
// text without its key ("&&" stays).
QString withoutKey(const QString &text);
// text with its key moved to the first letter not taken, preferring a word's first letter; the key joins taken.
// Without a free letter the text has none.
QString withFreeKey(const QString &text, QSet<QChar> *taken);
// Gives each label a key that neither the wizard's buttons nor anything else on page uses.
void giveFreeKeys(const QList<QLabel *> &labels, const QWizard *wizard, const QWidget *page);

} // namespace Mnemonics
