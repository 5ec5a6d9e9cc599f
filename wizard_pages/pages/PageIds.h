#pragma once

// The wizard's pages. The provider's own steps (from its definition) take the ids from FirstStepPageId on,
// in the order of SAP's documented procedure; the pages every provider shares keep fixed ids around them.
enum PageId {
    NoPageId = -2, // never a page
    WelcomePageId = 0,
    SubaccountPageId = 1,
    FirstStepPageId = 100,
    ReviewPageId = 900, // only when writing into a subaccount
    ApplyPageId = 901,
    FinishPageId = 902,
    CheckSourcePageId = 950, // checking an existing configuration
    CheckReportPageId = 951,
};
