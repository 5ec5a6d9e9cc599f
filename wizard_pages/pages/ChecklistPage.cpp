#include "pages/ChecklistPage.h"

#include "setup/SetupModel.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

ChecklistPage::ChecklistPage(SetupModel *model, const ProviderDefinition::Step &step, QWidget *parent)
    : StepPage(model, step, parent)
{
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (int i = 0; i < step.items.size(); ++i) {
        const auto &item = step.items.at(i);
        auto *box = new QCheckBox(QStringLiteral("&%1.").arg(i + 1), content);
        box->setObjectName(item.id + QStringLiteral("Check"));
        box->setAccessibleName(item.text);
        auto *text = new QLabel(item.text, content);
        text->setWordWrap(true);
        // No buddy: Qt reads a buddy label's Alt+ key from its raw text, and rich text's "&gt;" would become Alt+G.
        text->setTextFormat(Qt::RichText);
        grid->addWidget(box, row, 0, Qt::AlignTop);
        grid->addWidget(text, row++, 1);
        if (!item.where.isEmpty() || !item.link.isEmpty()) {
            // Where to click comes from our provider file; the link is SAP's page for the step.
            QString where = item.where;
            if (!item.link.isEmpty())
                where += (where.isEmpty() ? QString() : QStringLiteral(" "))
                    + QStringLiteral("<a href=\"%1\">%2</a>").arg(item.link.toHtmlEscaped(), tr("SAP's guide"));
            auto *detail = new QLabel(where, content);
            detail->setWordWrap(true);
            detail->setTextFormat(Qt::RichText);
            detail->setOpenExternalLinks(true);
            detail->setTextInteractionFlags(Qt::TextBrowserInteraction);
            detail->setForegroundRole(QPalette::PlaceholderText);
            grid->addWidget(detail, row++, 1);
        }
        connect(box, &QCheckBox::toggled, this,
                [this, itemId = item.id](bool on) { this->model()->setTicked(this->step().id, itemId, on); });
        m_boxes.append(box);
    }
    grid->setRowStretch(row, 1);
    layOutScrolling(content);
}

void ChecklistPage::initializePage()
{
    for (int i = 0; i < m_boxes.size(); ++i)
        m_boxes.at(i)->setChecked(model()->isTicked(step().id, step().items.at(i).id));
    updateMissing();
}
