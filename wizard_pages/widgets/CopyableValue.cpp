#include "widgets/CopyableValue.h"

#include "dialogs/Dialogs.h"
#include "files/FileWriter.h"
#include "widgets/PlainText.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTimer>
#include <QToolButton>
#include <algorithm>

namespace {

// A button whose text changes for a moment ("Copy", "Copied") keeps the width of its widest text, so nothing beside
// it moves.
void keepWidthFor(QToolButton *button, const QStringList &texts)
{
    const QString shown = button->text();
    int widest = 0;
    for (const QString &text : texts) {
        button->setText(text);
        widest = std::max(widest, button->sizeHint().width());
    }
    button->setText(shown);
    button->setMinimumWidth(widest);
}

} // namespace

CopyableValue::CopyableValue(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_value(new QLineEdit(this))
    , m_copy(new QToolButton(this))
    , m_save(new QToolButton(this))
{
    m_value->setObjectName(QStringLiteral("value"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_value->setReadOnly(true);
    m_value->setAccessibleName(accessibleName);
    m_copy->setText(tr("Copy"));
    m_copy->setAccessibleName(tr("Copy %1").arg(accessibleName));
    m_copy->setToolTip(tr("Copy %1 to the clipboard").arg(accessibleName));
    m_save->setText(tr("Save…"));
    m_save->setAccessibleName(tr("Save %1 as a file").arg(accessibleName));
    m_save->setToolTip(tr("Save %1 as a file, to upload it").arg(accessibleName));
    m_save->hide();
    keepWidthFor(m_copy, { tr("Copy"), tr("Copied") });
    keepWidthFor(m_save, { tr("Save…"), tr("Saved"), tr("Not saved") });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_value, 1);
    layout->addWidget(m_copy);
    layout->addWidget(m_save);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_raw);
        m_copy->setText(tr("Copied"));
        QTimer::singleShot(1500, m_copy, [button = m_copy] { button->setText(tr("Copy")); });
    });
    connect(m_save, &QToolButton::clicked, this, &CopyableValue::save);
    m_value->installEventFilter(this);
}

bool CopyableValue::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_value
        && (event->type() == QEvent::Resize || event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        showFitted();
    return QWidget::eventFilter(watched, event);
}

QString CopyableValue::shownWhole() const
{
    // A line edit shows one line; a multi-line value (a PEM certificate) is copied and saved as it is.
    return QString(m_raw).replace(QLatin1Char('\n'), QLatin1Char(' ')).trimmed();
}

void CopyableValue::showFitted()
{
    const QString whole = shownWhole();
    // A value wider than the field shows its start and end with "…" between, so a cut is never mistaken for the
    // whole; the tooltip, Copy and Save hold all of it, and the field shows all of it while it has the focus (to
    // select a part). Secrets show as dots and are not shortened.
    QString shown = whole;
    if (m_value->echoMode() == QLineEdit::Normal && !m_value->hasFocus()) {
        QStyleOptionFrame option;
        option.initFrom(m_value);
        const int frame = m_value->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, m_value);
        // QLineEdit keeps 2 pixels between its frame and its text on each side.
        const int room
            = m_value->width() - 2 * frame - 4 - m_value->textMargins().left() - m_value->textMargins().right();
        shown = m_value->fontMetrics().elidedText(whole, Qt::ElideMiddle, room);
    }
    if (m_value->text() != shown) {
        m_value->setText(shown);
        m_value->setCursorPosition(0);
    }
}

void CopyableValue::setValue(const QString &value, bool copyable)
{
    m_copyable = copyable;
    m_raw = value;
    // A line edit shows one line; a multi-line value (a PEM certificate) is copied and saved as it is.
    showFitted();
    // The whole value on hover, unless it is a secret shown masked.
    m_value->setToolTip(copyable && m_value->echoMode() == QLineEdit::Normal ? PlainText::toolTip(value) : QString());
    m_copy->setVisible(copyable);
    m_save->setVisible(copyable && !m_saveFileName.isEmpty());
    if (m_show)
        m_show->setVisible(copyable);
}

QString CopyableValue::value() const
{
    return m_raw;
}

void CopyableValue::setSpokenValue(const QString &spoken)
{
    m_value->setAccessibleDescription(spoken);
}

void CopyableValue::selectValue()
{
    m_value->setFocus(Qt::OtherFocusReason);
    // Whole while it has the focus, also before the focus event arrives (a window not yet active).
    m_value->setText(shownWhole());
    m_value->selectAll();
}

void CopyableValue::setSecret(bool secret)
{
    m_value->setEchoMode(secret ? QLineEdit::Password : QLineEdit::Normal);
    if (secret)
        m_value->setToolTip(QString());
    if (!secret || m_show)
        return;
    m_show = new QToolButton(this);
    m_show->setObjectName(QStringLiteral("showButton"));
    m_show->setText(tr("Show"));
    m_show->setCheckable(true);
    m_show->setAccessibleName(tr("Show %1").arg(m_value->accessibleName()));
    keepWidthFor(m_show, { tr("Show"), tr("Hide") });
    static_cast<QHBoxLayout *>(layout())->insertWidget(1, m_show);
    connect(m_show, &QToolButton::toggled, this, [this](bool visible) {
        m_value->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
        showFitted();
        m_show->setText(visible ? tr("Hide") : tr("Show"));
    });
}

void CopyableValue::setSaveFileName(const QString &fileName)
{
    m_saveFileName = fileName;
    m_save->setVisible(m_copyable && !fileName.isEmpty());
}

void CopyableValue::save()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("TaskCenterConnect/") + m_saveFileName);
    const QString path = Dialogs::saveFileName(this, m_save->accessibleName(), suggested, tr("All files (*)"));
    if (path.isEmpty())
        return;
    const FileWriter::Result saved = FileWriter::write(path, m_raw.toUtf8());
    m_save->setText(saved ? tr("Saved") : tr("Not saved"));
    m_save->setToolTip(saved ? tr("Saved as %1").arg(QDir::toNativeSeparators(path)) : saved.errorMessage);
    QTimer::singleShot(2500, m_save, [button = m_save] { button->setText(tr("Save…")); });
}
