#pragma once

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

// The task providers of the catalogue in a list grouped by family, each with its one-line summary, and a search
// field above it that keeps only what matches (name, id, summary or family). Choosing one (click, Enter, or arrow
// keys) emits chosen(); the page decides what that means. The search field is made right after the list is first
// drawn: the first line edit of a program loads the input methods (30 million instructions, a fifth of the time to
// the first paint), which the window need not wait for.
class ProviderPicker : public QWidget
{
    Q_OBJECT

public:
    explicit ProviderPicker(QWidget *parent = nullptr);

    QString currentId() const;
    // Selects the provider without emitting chosen() (the model changed it: a resumed setup).
    void setCurrentId(const QString &id);
    QLineEdit *searchField(); // made now if it is not yet
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void chosen(const QString &id);
    void searchFieldAdded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void addSearchField();
    void filter(const QString &text);
    QTreeWidgetItem *firstVisibleProvider() const;

    QLineEdit *m_search = nullptr;
    QWidget *m_searchRoom; // where the search field goes, as high as it will be
    QTreeWidget *m_list;
    bool m_settingCurrent = false;
};
