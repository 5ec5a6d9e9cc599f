#pragma once

// The wizard's pages in the order of SAP's documented procedure.
enum PageId {
    WelcomePageId,
    SubaccountPageId,
    TrustCertificatePageId,
    ServiceKeyPageId,
    OAuthClientsPageId,
    ProviderSystemPageId,
    PrimaryDestinationPageId,
    SecondaryDestinationPageId,
    ReviewPageId, // only when writing into a subaccount
    ApplyPageId,
    FinishPageId,
};
