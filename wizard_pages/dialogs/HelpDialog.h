#pragma once

#include "widgets/PageHelp.h"

#include <QDialog>

class CopyableValue;
class MessageBanner;
class QLabel;
class QPushButton;

// The help window of the wizard (Help, F1): for the current page what the step is for, where to click in SAP's
// consoles, and SAP's guide for it, whose address is always there to copy. It stays open beside the wizard and
// follows it from page to page. Everything it shows is plain text.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    void showHelp(const PageHelp &help);

private:
    void openGuide();

    QString m_guideUrl;
    QLabel *m_title;
    QLabel *m_purpose;
    QLabel *m_where;
    QLabel *m_guideTitle;
    CopyableValue *m_address;
    QPushButton *m_open;
    MessageBanner *m_banner;
};
