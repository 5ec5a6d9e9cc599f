#include "widgets/EnterKey.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>

namespace {

class EnterFilter : public QObject
{
public:
    EnterFilter(QLineEdit *edit, std::function<bool()> job)
        : QObject(edit)
        , m_job(std::move(job))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        // Only plain Enter: Ctrl+Enter and the like keep their meaning.
        if (!enter || (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
            return QObject::eventFilter(watched, event);
        return m_job();
    }

private:
    std::function<bool()> m_job;
};

} // namespace

void EnterKey::belongsTo(QLineEdit *edit, std::function<bool()> job)
{
    edit->installEventFilter(new EnterFilter(edit, std::move(job)));
}
