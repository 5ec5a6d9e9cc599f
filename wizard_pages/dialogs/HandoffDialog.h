#pragma once

#include <QDialog>
#include <memory>

class HandoffSheet;
class MessageBanner;
class QPushButton;
class QTextBrowser;
class SetupModel;

// Shows the hand-off sheet for the provider system's administrator as it will print, and prints it or saves it
// as PDF. Made from the setup as it is when opened.
class HandoffDialog : public QDialog
{
    Q_OBJECT

public:
    HandoffDialog(const SetupModel &model, QWidget *parent = nullptr);
    ~HandoffDialog() override;

    // Saves the sheet as PDF under the file name asked for (the save dialog's seam in tests).
    void saveAsPdf();
    void print();

private:
    std::unique_ptr<HandoffSheet> m_sheet;
    QTextBrowser *m_preview;
    MessageBanner *m_result;
    QPushButton *m_savePdf;
    QPushButton *m_print;
};
