#include "widgets/SourceInput.h"

#include "dialogs/Dialogs.h"
#include "files/BoundedFile.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

SourceInput::SourceInput(const QString &openText, const QString &fileFilter, const QString &pastePlaceholder,
                         QWidget *parent)
    : QWidget(parent)
    , m_filter(fileFilter)
    , m_open(new QPushButton(openText, this))
    , m_paste(new QPlainTextEdit(this))
    , m_source(new QLabel(this))
{
    m_open->setObjectName(QStringLiteral("openFileButton"));
    m_paste->setObjectName(QStringLiteral("pasteEdit"));
    m_paste->setPlaceholderText(pastePlaceholder);
    m_paste->setAccessibleName(tr("Pasted text"));
    m_paste->setTabChangesFocus(true);
    m_paste->setMaximumHeight(110);
    m_paste->setFont(QFont(QStringLiteral("monospace")));
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText); // file names come from outside
    m_source->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_open);
    row->addWidget(m_source, 1);
    auto *pasteLabel = new QLabel(tr("…or &paste it here:"), this);
    pasteLabel->setBuddy(m_paste);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(pasteLabel);
    layout->addWidget(m_paste);

    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString file = Dialogs::openFileName(this, m_open->text().remove(QLatin1Char('&')), m_filter);
        if (file.isEmpty())
            return;
        QByteArray data;
        QString error;
        // A certificate or a key is kilobytes: anything else (a folder, a device, a huge file) is said as such.
        if (!BoundedFile::read(file, BoundedFile::SmallFile, &data, &error)) {
            Q_EMIT unreadable(error);
            return;
        }
        showSource(file);
        Q_EMIT provided(data, file);
    });
    connect(m_paste, &QPlainTextEdit::textChanged, this, [this] {
        // Nothing but blanks is nothing to read: an Enter pressed after the pasted text was read (and cleared) keeps
        // what was read.
        if (m_paste->toPlainText().trimmed().isEmpty())
            return;
        m_source->hide();
        Q_EMIT provided(m_paste->toPlainText().toUtf8(), QString());
    });
}

void SourceInput::showSource(const QString &file)
{
    if (file.isEmpty()) {
        m_source->hide();
        return;
    }
    m_source->setText(tr("Opened: %1").arg(QDir::toNativeSeparators(file)));
    m_source->show();
}

void SourceInput::showOrigin(const QString &origin)
{
    m_source->setText(origin);
    m_source->setVisible(!origin.isEmpty());
}

void SourceInput::showPasted()
{
    m_source->setText(tr("The pasted text was read; it is no longer shown."));
    m_source->show();
}
