#pragma once

#include <QString>

// The pages the rules cite as their source (task-center-facts.md and validation-rules.md in the reference say more).
namespace ValidationSources {

// Not a page: a rule citing it cites the guide of the destination's provider (the provider file's page for it).
inline const QString providerGuide = QStringLiteral("the provider's guide for SAP Task Center (its provider file)");

inline const QString providerPages
    = QStringLiteral("SAP Task Center, \"Connect Task Providers\" pages (e.g. loio dc5407b, 5495960, 0aff1b4)");
inline const QString serviceDestinations
    = QStringLiteral("SAP Task Center, \"SAP Task Center Service Destinations\" (loio 494aa0c)");
inline const QString conventions
    = QStringLiteral("SAP Task Center, \"Conventions and Technical Restrictions\" (loio f0f13bf)");
inline const QString nameRules = QStringLiteral("SAP Task Center provider pages (names up to 64 characters); SAP BTP "
                                                "Connectivity, destinations editor (loio 565fdb3)");
inline const QString secondaryName = QStringLiteral(
    "SAP Task Center, \"Creating a Secondary Destination for the Principal Propagation\" (loio bf657f8)");
inline const QString systemUser = QStringLiteral(
    "SAP BTP Connectivity, \"OAuth SAML Bearer Assertion Authentication\" (loio c69ea6a, note of 2026-03-18); SAP Task "
    "Center, \"Creating the Primary Destination with the Technical User\" (loio dc5407b)");
inline const QString trust = QStringLiteral(
    "SAP Task Center, \"Credentials Rotation\" (loio 8080abf); SAP BTP Connectivity, \"Manage Trust\" (loio 82dbeca)");
inline const QString certificates
    = QStringLiteral("SAP BTP Connectivity, \"Use Destination Certificates\" (loio df1bb55) and \"Client Certificate "
                     "Authentication\" (loio 4e13a04)");
inline const QString recommendations = QStringLiteral(
    "SAP Task Center, \"Configure the Intelligent Recommendations Destination\" (loio 7c8900a); \"What's New for "
    "SAP Task Center\", 2025-07-15 (loio 1bcdd45): the URL changed");
inline const QString automaticSetup
    = QStringLiteral("SAP Task Center, \"Automatic Setup\" (loio 3a49967); validation-rules.md rule 7");
inline const QString authenticationTypes
    = QStringLiteral("SAP BTP Connectivity, authentication types (loio c69ea6a, 4e1d742, 4af3980)");

} // namespace ValidationSources
