#pragma once

#include <QLabel>
#include <functional>

class QWizardPage;

// The line on a page that says what is missing while Next or Finish is greyed out ("Open or paste the
// certificate to continue"). It follows the page: after each completeChanged() it shows the reason while the page
// is not complete, and hides when it is.
class MissingLine : public QLabel
{
    Q_OBJECT

public:
    MissingLine(QWizardPage *page, std::function<QString()> reason);
    // Asks again (pages whose state changes without completeChanged() call it themselves).
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWizardPage *m_page;
    std::function<QString()> m_reason;
};
