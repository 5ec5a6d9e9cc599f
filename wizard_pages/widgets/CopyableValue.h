#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

// A value the administrator copies into another system: read-only text and a Copy button; a secret shows
// masked until asked, and a certificate can also be saved as a file to upload.
class CopyableValue : public QWidget
{
    Q_OBJECT

public:
    CopyableValue(const QString &accessibleName, QWidget *parent = nullptr);

    void setValue(const QString &value, bool copyable = true);
    QString value() const;
    // How a screen reader says the value where the text as shown reads badly (a fingerprint's colons): the field's
    // description. Empty: the value as shown is enough.
    void setSpokenValue(const QString &spoken);
    void setSecret(bool secret);
    // Offers "Save…" for the value under this file name; empty: no such button.
    void setSaveFileName(const QString &fileName);
    // Gives the field the focus with the whole value selected (to copy it by hand).
    void selectValue();
    QToolButton *copyButton() const { return m_copy; }
    QToolButton *saveButton() const { return m_save; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void save();
    void showFitted();
    QString shownWhole() const;

    QLineEdit *m_value;
    QToolButton *m_copy;
    QToolButton *m_show = nullptr;
    QToolButton *m_save;
    QString m_saveFileName;
    QString m_raw;
    bool m_copyable = true;
};
