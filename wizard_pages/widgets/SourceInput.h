#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// Where a page's document comes from: a file the user opens, or text pasted into the box.
// Both arrive as provided(data, file); a paste has an empty file name.
class SourceInput : public QWidget
{
    Q_OBJECT

public:
    SourceInput(const QString &openText, const QString &fileFilter, const QString &pastePlaceholder,
                QWidget *parent = nullptr);

    QPushButton *openButton() const { return m_open; }
    QPlainTextEdit *pasteEdit() const { return m_paste; }
    // Shows where the current document came from, e.g. after a saved setup was loaded.
    void showSource(const QString &file);
    // Says that pasted text was read (after the box was cleared, so a secret in it leaves the screen).
    void showPasted();
    // Says where the document came from when it was neither opened nor pasted (read from a subaccount).
    void showOrigin(const QString &origin);

Q_SIGNALS:
    void provided(const QByteArray &data, const QString &file);
    // A file was chosen that cannot be a document: why, in plain words. What was there before stays.
    void unreadable(const QString &message);

private:
    QString m_filter;
    QPushButton *m_open;
    QPlainTextEdit *m_paste;
    QLabel *m_source;
};
