#pragma once

#include "sandbox/HttpServer.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// How the real Destination service words its answers (facts file section 4; SPEC = SAP's OpenAPI spec), for the
// sandbox's parts that answer like it.
namespace ServiceAnswers {

inline const QByteArray NotFound = R"({"ErrorMessage":"Configuration with the specified name was not found"})";

inline QByteArray compact(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

inline HttpResponse errorMessage(int status, const QString &message)
{
    return HttpResponse::json(status, compact(QJsonObject { { QStringLiteral("ErrorMessage"), message } }));
}

} // namespace ServiceAnswers
