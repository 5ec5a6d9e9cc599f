#pragma once

#include "PageHelp.h"

#include <QDialog>
#include <functional>

class MessageBanner;
class QLabel;
class QLineEdit;
class QPushButton;
class QUrl;

// The help window of the wizard (Help, F1): for the current page what the step is for, where to click in SAP's
// consoles, and SAP's guide for it, whose address is always there to copy. It stays open beside the wizard and
// follows it from page to page. Everything it shows is plain text except the guide's link, built here with the
// guide's title and address escaped.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    void showHelp(const PageHelp &help);
    const PageHelp &help() const { return m_help; }

    // How an address is opened in a browser: QDesktopServices::openUrl unless a test sets another; false when no
    // browser could be opened. An empty function restores the default.
    static void setUrlOpener(std::function<bool(const QUrl &)> opener);

private:
    void openGuide();
    void copyAddress();

    PageHelp m_help;
    QLabel *m_title;
    QLabel *m_purpose;
    QLabel *m_where;
    QLabel *m_guideLink;
    QLineEdit *m_address;
    QPushButton *m_copy;
    QPushButton *m_open;
    MessageBanner *m_banner;
};
