#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The subaccount's destination trust as the sandbox keeps it: the certificate the task providers hold and its key,
// named as SAP names a subaccount's (cfapps.<region host>/<subaccount id>), kept in the sandbox's data folder (none:
// in memory only).
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

private:
    QByteArray m_certificatePem;
    QByteArray m_keyPem;
};
