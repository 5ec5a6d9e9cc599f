#pragma once

#include "pages/PageIds.h"
#include "providers/ProviderDefinition.h"

#include <QCoreApplication>
#include <QString>

class SetupModel;

// What the help window says about a page: what the step is for, where to click in SAP's consoles for it today,
// and SAP's page for it. Our own words (tr()) for the pages every provider shares and for each kind of step; a
// provider step adds what its provider file says (its subtitle, intro, help, inputs, checklist). Plain text only:
// the help window shows it as it is.
struct PageHelp
{
    Q_DECLARE_TR_FUNCTIONS(PageHelp)

public:
    QString title;
    QString purpose;
    QString whereToClick;
    ProviderDefinition::Link guide;

    // One of the pages every provider shares (welcome, subaccount, review, apply, finish, the check's pages);
    // `applied`: the destinations are in a subaccount already, so the last page's files are optional.
    static PageHelp forSharedPage(PageId page, const SetupModel &model, bool applied = false);
    // A step of the provider's procedure; for a destination's page also the destination it shows.
    static PageHelp forStep(const ProviderDefinition &provider, const ProviderDefinition::Step &step,
                            const ProviderDefinition::DestinationTemplate *destination = nullptr);
};
