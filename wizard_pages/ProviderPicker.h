#pragma once

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

// The task providers of the catalogue in a list grouped by family, each with its one-line summary, and a search
// field above it that keeps only what matches (name, id, summary or family). Choosing one (click, Enter, or arrow
// keys) emits chosen(); the page decides what that means.
class ProviderPicker : public QWidget
{
    Q_OBJECT

public:
    explicit ProviderPicker(QWidget *parent = nullptr);

    QString currentId() const;
    // Selects the provider without emitting chosen() (the model changed it: a resumed setup).
    void setCurrentId(const QString &id);
    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void chosen(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    QTreeWidgetItem *firstVisibleProvider() const;

    QLineEdit *m_search;
    QTreeWidget *m_list;
    bool m_settingCurrent = false;
};
