#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

// An inline message: what went wrong (or needs attention) and what to do next, in plain words.
// Technical details (server text, error codes) sit under a collapsed "Details" with Copy.
class MessageBanner : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Information, Success, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &details = {});
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_detailsToggle;
    QToolButton *m_copyDetails;
    QPlainTextEdit *m_details = nullptr;
    QString m_detailsText;
};
