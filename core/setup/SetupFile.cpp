#include "SetupFile.h"

#include "BoundedFile.h"
#include "SetupModel.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>

namespace {

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = SetupFile::tr("Could not write %1 (%2). Choose a folder you may write to.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

std::unique_ptr<SetupModel> SetupFile::load(const QString &path, QString *error)
{
    QByteArray content;
    QString readError;
    if (!BoundedFile::read(path, BoundedFile::DocumentFile, &content, &readError)) {
        if (error)
            *error = readError;
        return nullptr;
    }
    return fromData(content, path, error);
}

std::unique_ptr<SetupModel> SetupFile::fromData(const QByteArray &content, const QString &path, QString *error)
{
    auto fail = [error](const QString &message) -> std::unique_ptr<SetupModel> {
        if (error)
            *error = message;
        return nullptr;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("%1: not valid JSON (%2 at character %3).")
                        .arg(path, parseError.errorString())
                        .arg(parseError.offset + 1));
    if (!document.isObject())
        return fail(tr("%1: a setup file is a JSON object ({...}).").arg(path));
    const QJsonObject root = document.object();

    const QJsonValue format = root.value(QStringLiteral("format"));
    if (!format.isDouble() || format.toInt() != Format)
        return fail(tr("%1: \"format\" must be %2.").arg(path).arg(Format));
    const QString providerId = root.value(QStringLiteral("provider")).toString();
    if (providerId.isEmpty())
        return fail(tr("%1: \"provider\" is missing (e.g. \"successfactors\").").arg(path));
    QString providerError;
    auto provider = ProviderDefinition::builtIn(providerId, &providerError);
    if (!provider)
        return fail(tr("%1: \"provider\": %2").arg(path, providerError));

    auto model = std::make_unique<SetupModel>(provider);
    const QDir base = QFileInfo(path).absoluteDir();

    const QJsonValue pathValue = root.value(QStringLiteral("path"));
    if (!pathValue.isUndefined()) {
        QStringList pathIds;
        for (const auto &p : provider->paths())
            pathIds.append(p.id);
        if (!pathValue.isString() || !pathIds.contains(pathValue.toString()))
            return fail(pathIds.isEmpty()
                            ? tr("%1: \"path\": %2 has only one way to set it up; leave \"path\" out.")
                                  .arg(path, provider->displayName())
                            : tr("%1: \"path\" must be one of %2.").arg(path, pathIds.join(QStringLiteral(", "))));
        model->setPath(pathValue.toString());
    }
    const QString owner = root.value(QStringLiteral("subaccount")).toString();
    if (!owner.isEmpty())
        model->setSecretOwner(owner);
    model->setLastStep(root.value(QStringLiteral("step")).toString());
    for (const auto &item : root.value(QStringLiteral("checked")).toArray()) {
        const QStringList parts = item.toString().split(QLatin1Char('/'));
        const auto steps = provider->allSteps();
        const bool known = parts.size() == 2 && std::any_of(steps.cbegin(), steps.cend(), [&parts](const auto &step) {
                               return step.id == parts.at(0)
                                   && std::any_of(step.items.cbegin(), step.items.cend(),
                                                  [&parts](const auto &i) { return i.id == parts.at(1); });
                           });
        if (!known)
            return fail(tr("%1: \"checked\": \"%2\" is not a checklist item of %3 (\"step/item\").")
                            .arg(path, item.toString(), provider->displayName()));
        model->setTicked(parts.at(0), parts.at(1), true);
    }

    const QJsonValue values = root.value(QStringLiteral("values"));
    if (!values.isUndefined() && !values.isObject())
        return fail(tr("%1: \"values\" must be an object.").arg(path));
    const QJsonObject valueObject = values.toObject();
    for (auto it = valueObject.begin(); it != valueObject.end(); ++it) {
        const auto *input = provider->input(it.key());
        if (!input)
            return fail(tr("%1: \"values.%2\" is not a value of %3.").arg(path, it.key(), provider->displayName()));
        if (input->secret)
            return fail(tr("%1: \"values.%2\" is a secret; secrets belong in a secrets file or the keychain, "
                           "never in the setup file.")
                            .arg(path, it.key()));
        if (!it.value().isString())
            return fail(tr("%1: \"values.%2\" must be text.").arg(path, it.key()));
        model->setValue(it.key(), it.value().toString());
    }

    const QString keyFile = root.value(QStringLiteral("serviceKeyFile")).toString();
    if (!keyFile.isEmpty()) {
        const QString keyPath = QDir::cleanPath(base.absoluteFilePath(keyFile));
        const auto key = TaskCenterServiceKey::fromFile(keyPath);
        if (!key.isValid() && !key.lacksOnlyClientSecret())
            return fail(tr("%1: \"serviceKeyFile\" (%2): %3").arg(path, keyPath, key.errorMessage()));
        model->setServiceKey(key, keyPath);
    }
    const QString certFile = root.value(QStringLiteral("trustCertificateFile")).toString();
    if (!certFile.isEmpty()) {
        const QString certPath = QDir::cleanPath(base.absoluteFilePath(certFile));
        const auto certificate = TrustCertificate::fromFile(certPath);
        if (!certificate.isValid())
            return fail(tr("%1: \"trustCertificateFile\" (%2): %3").arg(path, certPath, certificate.errorMessage()));
        model->setTrustCertificate(certificate, certPath);
    }

    const QJsonObject properties = root.value(QStringLiteral("properties")).toObject();
    for (auto role = properties.begin(); role != properties.end(); ++role) {
        if (!provider->destination(role.key()))
            return fail(tr("%1: \"properties.%2\": %3 has no destination of that role.")
                            .arg(path, role.key(), provider->displayName()));
        const QJsonObject edits = role.value().toObject();
        for (auto edit = edits.begin(); edit != edits.end(); ++edit) {
            const bool applied = edit.value().isNull()
                ? model->removeProperty(role.key(), edit.key())
                : model->setPropertyOverride(role.key(), edit.key(), edit.value().toString());
            if (!applied)
                return fail(tr("%1: \"properties.%2.%3\" cannot be changed: SAP Task Center requires it as it is.")
                                .arg(path, role.key(), edit.key()));
        }
    }
    return model;
}

bool SetupFile::save(SetupModel &model, const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QDir base = info.absoluteDir();
    if (!base.exists() && !QDir().mkpath(base.absolutePath())) {
        if (error)
            *error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(base.absolutePath()));
        return false;
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), Format);
    root.insert(QStringLiteral("provider"), model.provider().id());
    if (!model.pathId().isEmpty())
        root.insert(QStringLiteral("path"), model.pathId());
    // Which subaccount's keychain entries hold this setup's secrets (a name, never a secret).
    if (model.secretOwner() != QLatin1String("files"))
        root.insert(QStringLiteral("subaccount"), model.secretOwner());
    if (!model.tickedItems().isEmpty())
        root.insert(QStringLiteral("checked"), QJsonArray::fromStringList(model.tickedItems()));
    if (!model.lastStep().isEmpty())
        root.insert(QStringLiteral("step"), model.lastStep());

    if (model.serviceKey() && model.serviceKeyFile().isEmpty()) {
        const QString keyPath = base.absoluteFilePath(info.completeBaseName() + QStringLiteral(".service-key.json"));
        if (!writeFile(keyPath, QJsonDocument(model.serviceKey()->withoutSecret()).toJson(), error))
            return false;
        model.setServiceKey(*model.serviceKey(), keyPath);
    }
    if (model.trustCertificate() && model.trustCertificate()->isValid() && model.trustCertificateFile().isEmpty()) {
        const QString certPath = base.absoluteFilePath(info.completeBaseName() + QStringLiteral(".trust.pem"));
        if (!writeFile(certPath, model.trustCertificate()->toPem(), error))
            return false;
        model.setTrustCertificate(*model.trustCertificate(), certPath);
    }
    if (!model.serviceKeyFile().isEmpty())
        root.insert(QStringLiteral("serviceKeyFile"), base.relativeFilePath(model.serviceKeyFile()));
    if (!model.trustCertificateFile().isEmpty())
        root.insert(QStringLiteral("trustCertificateFile"), base.relativeFilePath(model.trustCertificateFile()));

    QJsonObject values;
    const auto plain = model.plainValues();
    for (auto it = plain.cbegin(); it != plain.cend(); ++it)
        values.insert(it.key(), it.value());
    root.insert(QStringLiteral("values"), values);

    QJsonObject properties;
    for (const auto &role : model.roles()) {
        const auto overrides = model.propertyOverrides(role);
        if (overrides.isEmpty())
            continue;
        QJsonObject edits;
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
            edits.insert(it.key(), it.value() ? QJsonValue(*it.value()) : QJsonValue(QJsonValue::Null));
        properties.insert(role, edits);
    }
    if (!properties.isEmpty())
        root.insert(QStringLiteral("properties"), properties);
    return writeFile(path, QJsonDocument(root).toJson(), error);
}
