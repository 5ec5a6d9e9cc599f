#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The subaccount's destination trust as the sandbox keeps it: the active certificate (the one assertions are signed
// with, which the task providers hold) and the passive one made for a rotation, each with its key, named as SAP names
// a subaccount's (cfapps.<region host>/<subaccount id>), kept in the sandbox's data folder (none: in memory only).
// SAP's procedure (CONN manage-trust-82dbeca): make the passive certificate, give it to the providers, rotate (the
// two swap), check, optionally delete the passive one, which is then the old one.
class SandboxTrust
{
    Q_DECLARE_TR_FUNCTIONS(SandboxTrust)

public:
    // Reads the kept certificate; one that is missing, has no key or names another subaccount (an older version's)
    // is not taken, and isEmpty() says a new one is to be made.
    void load(const QString &dataDirectory, const QString &subaccountId);
    bool isEmpty() const { return m_certificatePem.isEmpty(); }
    // "Renew": a new certificate valid for two years from now (CONN manage-trust-82dbeca), kept in the folder.
    bool renew(const QString &dataDirectory, const QString &subaccountId, const QDateTime &now, QString *error);
    QByteArray certificatePem() const { return m_certificatePem; }

    // The passive certificate, made or renewed (valid for two years from now), kept in the folder.
    bool makePassive(const QString &dataDirectory, const QString &subaccountId, const QDateTime &now, QString *error);
    QByteArray passiveCertificatePem() const { return m_passiveCertificatePem; }
    // The active and the passive certificate swap; false without a passive one.
    bool rotate(const QString &dataDirectory, QString *error);
    // Forgets the passive certificate; false when there is none.
    bool removePassive(const QString &dataDirectory, QString *error);

private:
    bool keep(const QString &dataDirectory, QString *error) const;

    QByteArray m_certificatePem;
    QByteArray m_keyPem;
    QByteArray m_passiveCertificatePem;
    QByteArray m_passiveKeyPem;
};
