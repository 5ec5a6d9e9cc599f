#pragma once

// The wizard's pages in the order of SAP's documented procedure.
enum PageId {
    WelcomePageId,
    TrustCertificatePageId,
    ServiceKeyPageId,
    OAuthClientsPageId,
    ProviderSystemPageId,
    PrimaryDestinationPageId,
    SecondaryDestinationPageId,
    FinishPageId,
};
