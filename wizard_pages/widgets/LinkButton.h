#pragma once

#include <QPushButton>
#include <QUrl>

// A link to a web page (one of SAP's guides): drawn as a link, reached with Tab like any button, opened in the browser
// by a click, Enter or Space. A button rather than a rich-text label: a label lays its document out again for every
// size a layout asks of it, which made the welcome page's five guides a tenth of the time to its first paint.
// The title is shown as it is (an & in it is no Alt+ key), cut with "…" where the page is narrower than it (the
// tooltip names the whole title and the address): a long guide title never makes a page wider than the window.
class LinkButton : public QPushButton
{
    Q_OBJECT

public:
    LinkButton(const QString &title, const QUrl &url, QWidget *parent = nullptr);
    QUrl url() const { return m_url; }
    QString title() const { return m_title; }
    QSize sizeHint() const override; // the whole title's, whatever is shown of it
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // No browser could be opened: the page shows the address instead.
    void noBrowser(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void followLinkColour();

    void showTitle();

    QString m_title;
    QUrl m_url;
    mutable int m_titleWidth = -1; // measured once per font: shaping the title again for every size hint is slow
};
