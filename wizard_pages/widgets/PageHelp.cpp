#include "widgets/PageHelp.h"

#include "setup/SetupModel.h"

#include <QStringList>
#include <QTextDocumentFragment>

namespace {

// Provider files may mark words in bold in an intro; the help window shows plain text.
QString plain(const QString &providerText)
{
    return QTextDocumentFragment::fromHtml(providerText).toPlainText().simplified();
}

QString paragraphs(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    }
    return kept.join(QStringLiteral("\n\n"));
}

} // namespace

PageHelp PageHelp::forSharedPage(PageId page, const SetupModel &model, bool applied)
{
    const ProviderDefinition &provider = model.provider();
    PageHelp help;
    switch (page) {
    case WelcomePageId:
        help.purpose = tr("Choose the task provider to connect to SAP Task Center. The page lists the destinations "
                          "the wizard will set up, what to have at hand and SAP's guides. From here you can also "
                          "continue a saved setup, try the demo subaccount, or check a configuration that exists "
                          "already.");
        // Where SAP documents more than one way for this provider, the ways by the provider file's names.
        if (provider.paths().size() > 1) {
            QStringList ways;
            for (const auto &path : provider.paths())
                ways.append(path.title);
            help.purpose += QLatin1Char(' ')
                + tr("For %1, also choose how to connect it (%2).")
                      .arg(provider.displayName(), ways.join(QStringLiteral("; ")));
        }
        help.whereToClick = tr("Nothing to click in SAP's consoles yet. You will need the SAP BTP cockpit of the "
                               "subaccount where SAP Task Center runs, and administrator access to %1; each later "
                               "step says where to click.")
                                .arg(provider.displayName());
        break;
    case SubaccountPageId:
        help.purpose = tr("Choose where the destinations go: straight into your SAP BTP subaccount over the "
                          "Destination service, into the demo subaccount on this computer, or only into files that "
                          "you import in the SAP BTP cockpit yourself. Nothing is written into a subaccount before "
                          "you have reviewed the changes and chosen Apply.");
        help.whereToClick = tr("To add a subaccount, you need a key of its Destination service instance: in the SAP "
                               "BTP cockpit, open Services > Instances and Subscriptions, choose the Destination "
                               "instance (plan lite; create one if there is none) and open or create a key under "
                               "Service Keys. Open the downloaded file or paste its text.");
        break;
    case ReviewPageId:
        help.purpose = tr("Shows, for each destination, whether applying will create it, update it (with every "
                          "property that changes; secrets stay hidden) or leave it unchanged, and warns when another "
                          "primary destination already points to the same system. Nothing has been written yet.");
        help.whereToClick = tr("Nothing to click in SAP's consoles. To compare for yourself, the SAP BTP cockpit lists "
                               "the subaccount's destinations under Connectivity > Destinations.");
        break;
    case ApplyPageId:
        help.purpose = tr("Writes each primary destination first, then the destinations that belong to it, and says "
                          "for each whether it was created, updated, already up to date, or why it failed. Test "
                          "connection asks the Destination service for a token with the primary destination, as SAP "
                          "Task Center does.");
        help.whereToClick = tr("The written destinations are listed in the SAP BTP cockpit under Connectivity > "
                               "Destinations. Afterwards, check in SAP Task Center's Monitoring that the connector "
                               "reports no error.");
        break;
    case FinishPageId:
        if (!model.writesDestinations()) {
            // A path that writes no destinations: the provider file says what it is and what to check after it.
            const auto *path = provider.path(model.pathId());
            help.purpose = tr("Nothing is left for the wizard to write on this way. The page says what to check "
                              "afterwards.");
            if (path && !path->explanation.isEmpty())
                help.purpose += QLatin1Char(' ') + plain(path->explanation);
            help.whereToClick = path ? plain(path->nextSteps) : QString();
            break;
        }
        if (applied) {
            help.purpose = tr("The destinations are in the subaccount. Files are optional here, for example to set "
                              "up another subaccount the same way.");
            help.whereToClick = tr("The SAP BTP cockpit lists the destinations under Connectivity > Destinations. "
                                   "Check in SAP Task Center's Monitoring that the connector reports no error within "
                                   "the next hour.");
            break;
        }
        help.purpose = tr("Saves each destination as a file (.properties for the SAP BTP cockpit, .json for the "
                          "Destination service REST API) and says what to do next. After Apply, the files are "
                          "optional.");
        help.whereToClick = tr("In the SAP BTP cockpit, open the subaccount where SAP Task Center runs, choose "
                               "Connectivity > Destinations, then Create > From File, and import the files one at a "
                               "time. Unless you included them, fill in the secrets the files leave out.");
        break;
    case CheckSourcePageId:
        help.purpose = tr("Choose what to check: the destinations of a subaccount (the demo subaccount or a saved "
                          "one) or files exported from the SAP BTP cockpit; and, if you like, the trust certificate a "
                          "provider holds, to compare it with the subaccount's current one.");
        help.whereToClick = tr("To export destinations: in the SAP BTP cockpit, open Connectivity > Destinations, "
                               "select them and choose Export (several come as an archive). The subaccount's trust "
                               "certificate: Connectivity > Destination Trust > Export.");
        break;
    case CheckReportPageId:
        help.purpose = tr("Lists what the check found, grouped by provider and destination, the worst first. Choose a "
                          "finding to read how to fix it, where SAP documents it and its rule; some are fixed from "
                          "here (Fix in the subaccount…) or by setting the provider up again in the wizard.");
        help.whereToClick = tr("Fixes by hand are made in the SAP BTP cockpit under Connectivity > Destinations, in "
                               "the destination the finding names. Open SAP's page opens the page a finding cites.");
        break;
    case NoPageId:
    case FirstStepPageId:
        break;
    }
    return help;
}

PageHelp PageHelp::forStep(const ProviderDefinition &provider, const ProviderDefinition::Step &step,
                           const ProviderDefinition::DestinationTemplate *destination)
{
    using Kind = ProviderDefinition::Step::Kind;
    PageHelp help;
    QString purpose;
    QStringList where;
    switch (step.kind) {
    case Kind::Document:
        if (step.document == QLatin1String("trustCertificate")) {
            purpose = tr("Get the subaccount's trust certificate: from the subaccount itself, from the exported .pem "
                         "file, or pasted. The wizard shows its validity and fingerprint, and warns when it expires "
                         "soon.");
            where.append(tr("In the SAP BTP cockpit, open the subaccount where SAP Task Center runs, choose "
                            "Connectivity > Destination Trust and Export the active certificate (a .pem file). "
                            "Older guides say Connectivity > Destinations > Download Trust; SAP moved it in November "
                            "2025."));
            where.append(tr("Renew the certificate before it expires, and put the new one into %1 at once: until "
                            "then, tasks may not come through.")
                             .arg(provider.displayName()));
        } else {
            purpose = tr("The SAP Task Center service key says where SAP Task Center is and which OAuth client it "
                         "uses (uaa.url, uaa.clientid, endpoints.inbox_rest_url); later steps take their values "
                         "from it.");
            where.append(tr("In the SAP BTP cockpit, open Services > Instances and Subscriptions, choose the SAP Task "
                            "Center instance, and under Service Keys open a key (create one if there is none). "
                            "Download it, or copy its JSON text."));
        }
        break;
    case Kind::Values:
        purpose = tr("Values about %1 that the destinations need. The wizard checks each as you type and makes the "
                     "addresses SAP's guide asks for from them.")
                      .arg(provider.displayName());
        for (const QString &id : step.inputs) {
            const auto *input = provider.input(id);
            if (input && !input->help.isEmpty())
                where.append(tr("%1: %2").arg(input->label, input->help));
        }
        if (where.isEmpty())
            where.append(tr("The values come from %1; its administrator knows them.").arg(provider.displayName()));
        break;
    case Kind::Console:
        purpose = tr("Things to do in %1 itself. The page shows each value to enter there, with a Copy button, and "
                     "asks for the values it gives back.")
                      .arg(provider.displayName());
        where.append(plain(step.intro));
        for (const auto &section : step.sections) {
            if (!section.intro.isEmpty())
                where.append(tr("%1: %2").arg(section.title, plain(section.intro)));
        }
        break;
    case Kind::Checklist:
        purpose = tr("Steps done outside the wizard, in the order SAP documents them; the page says what to check "
                     "at each one.");
        where.append(plain(step.intro));
        // Each item's place in the console; what to check there is on the page itself.
        for (int i = 0; i < step.items.size(); ++i) {
            const auto &item = step.items.at(i);
            where.append(tr("%1. %2").arg(i + 1).arg(item.where.isEmpty() ? plain(item.text) : item.where));
        }
        break;
    case Kind::Destinations:
        purpose = destination
            ? tr("The destination \"%1\" as SAP's guide lists it: its name and properties. The wizard writes it "
                 "into the subaccount after the review, or into a file for you to import.")
                  .arg(destination->title)
            : tr("The destinations as SAP's guide lists them. The wizard writes them into the subaccount after the "
                 "review, or into files for you to import.");
        where.append(tr("The SAP BTP cockpit lists the subaccount's destinations under Connectivity > Destinations; "
                        "a file is imported there with Create > From File."));
        break;
    }
    help.purpose = paragraphs({ purpose, step.subTitle, step.help });
    help.whereToClick = paragraphs(where);
    return help;
}
