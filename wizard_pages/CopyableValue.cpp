#include "CopyableValue.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

CopyableValue::CopyableValue(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_value(new QLineEdit(this))
    , m_copy(new QToolButton(this))
{
    m_value->setReadOnly(true);
    m_value->setAccessibleName(accessibleName);
    m_copy->setText(tr("Copy"));
    m_copy->setAccessibleName(tr("Copy %1").arg(accessibleName));
    m_copy->setToolTip(tr("Copy %1 to the clipboard").arg(accessibleName));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_value, 1);
    layout->addWidget(m_copy);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_value->text());
        m_copy->setText(tr("Copied"));
        QTimer::singleShot(1500, m_copy, [button = m_copy] { button->setText(tr("Copy")); });
    });
}

void CopyableValue::setValue(const QString &value, bool copyable)
{
    m_value->setText(value);
    m_value->setCursorPosition(0);
    m_copy->setVisible(copyable);
}

QString CopyableValue::value() const
{
    return m_value->text();
}
