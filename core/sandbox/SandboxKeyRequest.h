#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QObject;

// Asks a sandbox that 'taskcenter-connect sandbox' started (another program on this computer) for its Destination
// service key, which it hands to callers on this computer (GET /sandbox/service-key).
namespace SandboxKeyRequest {

// An address such as the sandbox prints: http://127.0.0.1:8123.
bool isSandboxAddress(const QUrl &address);

// Calls `done` (with `context` alive) with the key's JSON, or with an empty one and the network's words for what
// went wrong. The manager is set to use no proxy: the sandbox is on this computer.
void request(QNetworkAccessManager *network, const QUrl &sandbox, QObject *context,
             const std::function<void(const QByteArray &keyJson, const QString &error)> &done);

} // namespace SandboxKeyRequest
