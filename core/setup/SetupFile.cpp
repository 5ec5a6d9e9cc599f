#include "setup/SetupFile.h"

#include "files/BoundedFile.h"
#include "files/FileWriter.h"
#include "setup/SetupModel.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace {

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    const FileWriter::Result written = FileWriter::write(path, data);
    if (!written && error)
        *error = written.errorMessage;
    return written.ok;
}

void noteMissing(QList<SetupModel::Problem> *missingFiles, const QString &field, const QString &message)
{
    if (missingFiles)
        missingFiles->append({ field, message, InputChecks::Severity::Warning });
}

} // namespace

std::unique_ptr<SetupModel> SetupFile::load(const QString &path, QString *error,
                                            QList<SetupModel::Problem> *missingFiles)
{
    QByteArray content;
    QString readError;
    if (!BoundedFile::read(path, BoundedFile::DocumentFile, &content, &readError)) {
        if (error)
            *error = readError;
        return nullptr;
    }
    return fromData(content, path, error, missingFiles);
}

std::unique_ptr<SetupModel> SetupFile::fromData(const QByteArray &content, const QString &path, QString *error,
                                                QList<SetupModel::Problem> *missingFiles)
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
        return fail(tr("%1: \"provider\" is missing: add the id of a task provider (taskcenter-connect providers "
                       "lists them).")
                        .arg(path));
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
    const QJsonValue setupId = root.value(QStringLiteral("setupId"));
    if (!setupId.isUndefined()) {
        if (!SetupModel::isSetupId(setupId.toString()))
            return fail(
                tr("%1: \"setupId\" names this setup's keychain entries: letters, digits and \"-\" (at most 64), "
                   "as the wizard wrote it. Leave it as it is, or take it out.")
                    .arg(path));
        model->setSetupId(setupId.toString());
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

    // The service key (without its client secret) and the trust certificate travel inside the file, so a setup
    // reopens anywhere. Files named instead (by hand, or by earlier versions) are read relative to the setup; one
    // that is gone leaves its step open, named in *missingFiles.
    const QJsonValue keyValue = root.value(QStringLiteral("serviceKey"));
    // Values of another way through SAP's procedure, with no "path" to choose it: the setup would silently follow the
    // first way and use none of them (a S/4HANA Cloud setup with every value of the manual way, but no "path").
    if (pathValue.isUndefined() && provider->paths().size() > 1) {
        const QString followed = provider->defaultPathId();
        const QStringList used = provider->inputIdsOf(followed);
        QStringList unused;
        for (auto it = valueObject.begin(); it != valueObject.end(); ++it) {
            if (!used.contains(it.key()))
                unused.append(it.key());
        }
        if (!unused.isEmpty()) {
            QStringList usingThem;
            for (const auto &other : provider->paths()) {
                if (other.id != followed && provider->inputIdsOf(other.id).contains(unused.first()))
                    usingThem.append(QStringLiteral("\"path\": \"%1\"").arg(other.id));
            }
            return fail(tr("%1: \"values\" gives %2, which the way \"%3\" does not use, and no \"path\" chooses "
                           "another way, so nothing of them would be written. Add %4.")
                            .arg(path, unused.join(QStringLiteral(", ")), followed,
                                 usingThem.isEmpty() ? tr("the \"path\" that uses them") : usingThem.join(tr(" or "))));
        }
    }

    const QString keyFile = root.value(QStringLiteral("serviceKeyFile")).toString();
    if (!keyValue.isUndefined()) {
        if (!keyValue.isObject())
            return fail(tr("%1: \"serviceKey\" must be the service key's JSON object.").arg(path));
        const auto key = TaskCenterServiceKey::fromText(QJsonDocument(keyValue.toObject()).toJson());
        if (!key.isValid() && !key.lacksOnlyClientSecret())
            return fail(tr("%1: \"serviceKey\": %2").arg(path, key.errorMessage()));
        model->setServiceKey(key);
    } else if (!keyFile.isEmpty()) {
        const QString keyPath = QDir::cleanPath(base.absoluteFilePath(keyFile));
        if (!QFileInfo::exists(keyPath)) {
            noteMissing(missingFiles, QStringLiteral("serviceKey"),
                        tr("The service key file %1 that the setup names is not there any more. "
                           "Open or paste the service key again.")
                            .arg(QDir::toNativeSeparators(keyPath)));
        } else {
            const auto key = TaskCenterServiceKey::fromFile(keyPath);
            if (!key.isValid() && !key.lacksOnlyClientSecret())
                return fail(tr("%1: \"serviceKeyFile\" (%2): %3").arg(path, keyPath, key.errorMessage()));
            model->setServiceKey(key, keyPath);
        }
    }
    const QJsonValue certificateValue = root.value(QStringLiteral("trustCertificate"));
    const QString certFile = root.value(QStringLiteral("trustCertificateFile")).toString();
    if (!certificateValue.isUndefined()) {
        const auto certificate = TrustCertificate::fromData(certificateValue.toString().toUtf8());
        if (!certificateValue.isString() || !certificate.isValid())
            return fail(tr("%1: \"trustCertificate\" must be the certificate as PEM text: %2")
                            .arg(path, certificate.errorMessage()));
        model->setTrustCertificate(certificate);
    } else if (!certFile.isEmpty()) {
        const QString certPath = QDir::cleanPath(base.absoluteFilePath(certFile));
        if (!QFileInfo::exists(certPath)) {
            noteMissing(missingFiles, QStringLiteral("trustCertificate"),
                        tr("The trust certificate file %1 that the setup names is not there any more. "
                           "Open the certificate again, or get it from the subaccount.")
                            .arg(QDir::toNativeSeparators(certPath)));
        } else {
            const auto certificate = TrustCertificate::fromFile(certPath);
            if (!certificate.isValid())
                return fail(
                    tr("%1: \"trustCertificateFile\" (%2): %3").arg(path, certPath, certificate.errorMessage()));
            model->setTrustCertificate(certificate, certPath);
        }
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

bool SetupFile::save(const SetupModel &model, const QString &path, QString *error)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), Format);
    root.insert(QStringLiteral("provider"), model.provider().id());
    if (!model.pathId().isEmpty())
        root.insert(QStringLiteral("path"), model.pathId());
    // Which keychain entries hold this setup's secrets (names, never a secret): the setup's own id, and the
    // subaccount.
    if (!model.setupId().isEmpty())
        root.insert(QStringLiteral("setupId"), model.setupId());
    if (model.secretOwner() != QLatin1String("files"))
        root.insert(QStringLiteral("subaccount"), model.secretOwner());
    if (!model.tickedItems().isEmpty())
        root.insert(QStringLiteral("checked"), QJsonArray::fromStringList(model.tickedItems()));
    if (!model.lastStep().isEmpty())
        root.insert(QStringLiteral("step"), model.lastStep());

    // Public, so kept inside: the setup reopens after Finish, on another computer and for a colleague, and never
    // points into a folder of this program's. The service key's client secret stays in the keychain.
    if (model.serviceKey() && (model.serviceKey()->isValid() || model.serviceKey()->lacksOnlyClientSecret()))
        root.insert(QStringLiteral("serviceKey"), model.serviceKey()->withoutSecret());
    if (model.trustCertificate() && model.trustCertificate()->isValid())
        root.insert(QStringLiteral("trustCertificate"), QString::fromLatin1(model.trustCertificate()->toPem()));

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
