#pragma once

#include "sandbox/HttpServer.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// The sandbox subaccount's destinations and destination certificates, and the Destination service REST API's
// answers about them (/subaccountDestinations and /subaccountCertificates of /destination-configuration/v1):
// the real service's checks, limits, ETags, bulk answers (207) and bodies (SPEC = SAP's OpenAPI spec).
class SandboxDestinationStore
{
public:
    // "Each subaccount is limited to a maximum of 1,000 entities per configuration type" (CONN
    // destination-service-8ff5483).
    static constexpr int MaxDestinations = 1000;
    static constexpr int MaxCertificates = 1000; // the same limit, per configuration type
    static constexpr int MaxNameLength = 200;
    // The sandbox's own bound on one certificate's Base64 content (a key store is a few KB); SAP documents none.
    static constexpr int MaxCertificateContentLength = 2 * 1024 * 1024;

    const QList<QJsonObject> &destinations() const { return m_destinations; }
    // The destination of that name, or null.
    const QJsonObject *destination(const QString &name) const;
    bool addDestination(const QJsonObject &destination, QString *error = nullptr);
    bool removeDestination(const QString &name); // false when there is none of that name
    void removeAllDestinations() { m_destinations.clear(); }

    // The certificate object ({"Name", "Type", "Content"}) of that name, or null.
    const QJsonObject *certificate(const QString &name) const;
    // The files as uploaded, by name. They hold private keys: tests only compare them.
    QHash<QString, QByteArray> certificateFiles() const;
    bool addCertificate(const QString &name, const QByteArray &content, QString *error = nullptr);
    bool removeCertificate(const QString &name); // false when there is none of that name

    void clear();

    // GET, POST (one or many), PUT (one or many) on /subaccountDestinations; GET and DELETE on one.
    HttpResponse listDestinations(const HttpRequest &request) const;
    HttpResponse createDestinations(const HttpRequest &request);
    HttpResponse updateDestinations(const HttpRequest &request);
    HttpResponse readDestination(const HttpRequest &request, const QString &name) const;
    HttpResponse deleteDestination(const QString &name);
    // /subaccountCertificates: as {"Name", "Type", "Content"} (SPEC Certificate); POST creates, PUT replaces.
    HttpResponse listCertificates() const;
    HttpResponse writeCertificate(const HttpRequest &request);
    HttpResponse readCertificate(const QString &name) const;
    HttpResponse deleteCertificate(const QString &name);

private:
    // POST and PUT alike: one destination (an object) or many (an array).
    HttpResponse writeDestinations(const HttpRequest &request, bool create);
    HttpResponse createOne(const QJsonObject &destination);
    HttpResponse updateOne(const HttpRequest &request, const QJsonObject &destination);
    int indexOf(const QString &name) const;
    int certificateIndexOf(const QString &name) const;

    QList<QJsonObject> m_destinations;
    QList<QJsonObject> m_certificates;
};
