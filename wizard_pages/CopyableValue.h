#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

// A value the administrator copies into another system: read-only text and a Copy button.
class CopyableValue : public QWidget
{
    Q_OBJECT

public:
    CopyableValue(const QString &accessibleName, QWidget *parent = nullptr);

    void setValue(const QString &value, bool copyable = true);
    QString value() const;
    QToolButton *copyButton() const { return m_copy; }

private:
    QLineEdit *m_value;
    QToolButton *m_copy;
};
