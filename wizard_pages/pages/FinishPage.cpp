#include "pages/FinishPage.h"

#include "dialogs/Dialogs.h"
#include "formats/DestinationExporter.h"
#include "setup/SetupModel.h"
#include "widgets/MessageBanner.h"
#include "widgets/MissingLine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

FinishPage::FinishPage(SetupModel *model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_filesBox(new QWidget(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("B&rowse…"), this))
    , m_format(new QComboBox(this))
    , m_includeSecrets(new QCheckBox(tr("&Include the secrets in the files"), this))
    , m_secretsWarning(new MessageBanner(this))
    , m_write(new QPushButton(tr("&Write destination files"), this))
    , m_result(new MessageBanner(this))
    , m_nextSteps(new QLabel(this))
    , m_keychain(new MessageBanner(this))
{
    setObjectName(QStringLiteral("finishPage"));
    setTitle(tr("Save the destinations as files"));
    setSubTitle(tr("Save the destinations as files, then import them in the SAP BTP cockpit."));

    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setAccessibleName(tr("Folder"));
    m_browse->setAccessibleName(tr("Choose the folder"));
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("Both: .properties for the cockpit and .json for the REST API"),
                      int(DestinationExporter::Format::Both));
    m_format->addItem(tr(".properties (the cockpit's import format)"), int(DestinationExporter::Format::Properties));
    m_format->addItem(tr(".json (the Destination service REST API's format)"), int(DestinationExporter::Format::Json));
    m_includeSecrets->setObjectName(QStringLiteral("includeSecrets"));
    m_write->setObjectName(QStringLiteral("writeButton"));
    m_nextSteps->setObjectName(QStringLiteral("nextSteps"));
    m_nextSteps->setWordWrap(true);
    m_nextSteps->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_nextSteps->setOpenExternalLinks(true);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("F&older:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    auto *formatLabel = new QLabel(tr("For&mat:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    form->addRow(QString(), m_includeSecrets);

    auto *writeRow = new QHBoxLayout;
    writeRow->addWidget(m_write);
    writeRow->addStretch();
    auto *filesLayout = new QVBoxLayout(m_filesBox);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addLayout(form);
    filesLayout->addWidget(m_secretsWarning);
    filesLayout->addLayout(writeRow);
    filesLayout->addWidget(m_result);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filesBox);
    layout->addWidget(m_nextSteps);
    layout->addWidget(m_keychain);
    layout->addStretch();
    layout->addWidget(
        new MissingLine(this, [] { return tr("Write the destination files to finish: they are what you import."); }));

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder
            = Dialogs::existingDirectory(this, tr("Folder for the destination files"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    connect(m_includeSecrets, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_secretsWarning->showMessage(
                MessageBanner::Kind::Warning,
                tr("Anyone who has these files can use the secrets in them. Keep the files in a safe place and "
                   "delete them after the import. Without this option the files leave the secrets out, as the "
                   "cockpit's own export does, and you type them in after the import."));
        else
            m_secretsWarning->clear();
    });
    connect(m_write, &QPushButton::clicked, this, &FinishPage::writeFiles);
}

void FinishPage::initializePage()
{
    // A path that writes no destinations (an S/4HANA Cloud formation) ends with what to check; no files.
    const bool writes = m_model->writesDestinations();
    m_filesBox->setVisible(writes);
    if (!writes) {
        const auto *path = m_model->provider().path(m_model->pathId());
        setTitle(tr("Done"));
        setSubTitle(path ? path->title : QString());
        m_nextSteps->setText(path ? path->nextSteps : QString());
        Q_EMIT completeChanged();
        return;
    }
    setAppliedTo(m_appliedTo); // the title and next steps of this path, not of one shown before
    if (m_folder->text().isEmpty()) {
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        m_folder->setText(QDir::toNativeSeparators(
            QDir(documents).filePath(QStringLiteral("TaskCenterConnect/") + m_model->destinations().value(0).name())));
    }
    m_write->setFocus();
}

void FinishPage::writeFiles()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty()) {
        m_result->showMessage(MessageBanner::Kind::Error, tr("Choose a folder for the files."));
        return;
    }
    const auto problems = m_model->problems(QDateTime::currentDateTimeUtc());
    for (const auto &problem : problems) {
        if (problem.severity == InputChecks::Severity::Error) {
            m_result->showMessage(
                MessageBanner::Kind::Error,
                tr("Something earlier is not complete yet: %1 Go back and correct it.").arg(problem.message));
            return;
        }
    }
    const auto destinations = m_model->destinations();
    const auto format = DestinationExporter::Format(m_format->currentData().toInt());
    const QStringList existing = DestinationExporter::existingFiles(folder, destinations, format);
    if (!existing.isEmpty()
        && Dialogs::question(
               this, tr("Replace files?"),
               tr("These files exist already and will be replaced:\n%1").arg(existing.join(QLatin1Char('\n'))),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;

    const bool includeSecrets = m_includeSecrets->isChecked();
    const auto result = DestinationExporter::write(destinations, folder, format, includeSecrets);
    if (!result.ok) {
        m_result->showMessage(MessageBanner::Kind::Error, result.errorMessage);
        return;
    }
    m_written = result.writtenFiles;
    QStringList shown;
    for (const auto &file : m_written)
        shown.append(QDir::toNativeSeparators(file));
    m_result->showMessage(MessageBanner::Kind::Success, tr("Written:\n%1").arg(shown.join(QLatin1Char('\n'))));

    showNextSteps();
    Q_EMIT completeChanged();
    Q_EMIT filesWritten();
}

void FinishPage::showNextSteps()
{
    const auto destinations = m_model->destinations();
    // A primary destination without a technical user gets a token only for a logged-on user: no connector error
    // about its token is to be waited for, only SAP's advice to look at Monitoring.
    bool technicalUser = true;
    for (const auto &destination : m_model->provider().destinations())
        technicalUser = technicalUser && (!destination.isPrimary() || destination.untestable.isEmpty());
    const QString monitoring = technicalUser
        ? tr("<li>Check in SAP Task Center's <b>Monitoring</b> that the connector reports no error within the next "
             "hour (Task Center turns <i>tc.enabled</i> off by itself when it cannot fetch a token for an "
             "hour).</li>")
        : tr("<li>If you like, check the connection in SAP Task Center's <b>Monitoring</b>, as SAP's guide suggests "
             "(the cockpit's <i>Check Connection</i> may not show it correctly).</li>");
    // What SAP's guide leaves to do after the destinations, on this way through it.
    const auto *path = m_model->provider().path(m_model->pathId());
    const QString remaining = path ? path->nextSteps : QString();
    QString steps;
    if (!m_appliedTo.isEmpty()) {
        steps = tr("<p><b>What to do next</b></p><ol>"
                   "<li>Nothing is left to import: the destinations are in \"%1\".</li>")
                    .arg(m_appliedTo.toHtmlEscaped())
            + monitoring + QStringLiteral("</ol>") + remaining
            + tr("<p>Files are optional here, e.g. to set up another subaccount the same way.</p>");
        m_nextSteps->setText(steps);
        return;
    }
    if (m_written.isEmpty()) {
        m_nextSteps->setText(remaining);
        return;
    }
    const bool includeSecrets = m_includeSecrets->isChecked();
    QStringList names;
    for (const auto &destination : destinations)
        names.append(QStringLiteral("<b>%1</b>").arg(destination.name().toHtmlEscaped()));
    steps = tr("<p><b>What to do next</b></p><ol>"
               "<li>In the SAP BTP cockpit, open the subaccount where SAP Task Center runs and choose "
               "<b>Connectivity &gt; Destinations</b>.</li>"
               "<li>Choose <b>Create &gt; From File</b> and import %1, one file at a time.</li>")
                .arg(names.join(tr(" and ")));
    // A key store the destinations name is not in the files: it goes to the destination certificates by hand.
    QStringList keyStores;
    for (const SetupModel::KeyStore &keyStore : m_model->keyStores()) {
        if (!keyStore.localPath.isEmpty())
            keyStores.append(QStringLiteral("<b>%1</b>").arg(keyStore.name.toHtmlEscaped()));
    }
    if (!keyStores.isEmpty())
        steps += tr("<li>Upload the key store %1 under <b>Connectivity &gt; Destination Certificates</b> (<b>Create "
                    "&gt; Import</b>), keeping its file name: the destinations name it, and the files do not hold "
                    "it.</li>")
                     .arg(keyStores.join(tr(" and ")));
    const QStringList leftOut = DestinationExporter::leftOutSecrets(destinations);
    if (!includeSecrets && !leftOut.isEmpty())
        steps += tr("<li>In each imported destination, fill in the secrets the files leave out: <b>%1</b> "
                    "(the values you entered in the wizard's earlier steps).</li>")
                     .arg(leftOut.join(QStringLiteral(", ")).toHtmlEscaped());
    steps += tr("<li>Save.</li>") + monitoring + QStringLiteral("</ol>") + remaining;
    m_nextSteps->setText(steps);
}

void FinishPage::setAppliedTo(const QString &subaccount)
{
    m_appliedTo = subaccount;
    if (subaccount.isEmpty()) {
        setTitle(tr("Save the destinations as files"));
        setSubTitle(tr("Save the destinations as files, then import them in the SAP BTP cockpit."));
    } else {
        setTitle(tr("Done"));
        setSubTitle(tr("The destinations are in \"%1\". You can also save them as files.").arg(subaccount));
    }
    showNextSteps();
    Q_EMIT completeChanged();
}

void FinishPage::reset()
{
    m_written.clear();
    m_appliedTo.clear();
    m_result->clear();
    m_nextSteps->clear();
    m_keychain->clear();
    setAppliedTo({});
}

void FinishPage::showKeychainResult(bool saved, const QString &message)
{
    m_keychain->showMessage(saved ? MessageBanner::Kind::Information : MessageBanner::Kind::Warning, message);
}

bool FinishPage::isComplete() const
{
    return !m_model->writesDestinations() || !m_written.isEmpty() || !m_appliedTo.isEmpty();
}
