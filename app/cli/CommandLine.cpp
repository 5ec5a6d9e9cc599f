#include "CommandLine.h"

#include "ApplyCommand.h"
#include "CommandLineSupport.h"
#include "ExportCommand.h"
#include "FetchTrustCommand.h"
#include "InspectCertCommand.h"
#include "ProvidersCommand.h"
#include "SandboxCommand.h"
#include "TrustCommand.h"
#include "ValidateCommand.h"
#include "formats/TrustCertificate.h"
#include "startup/Translations.h"

#include <QTextStream>
#include <cstring>

using namespace CommandLineSupport;

namespace {

// Each verb is a file of its own under app/cli/: a verb added is a file and a row here (and its lines in usage()).
struct Verb
{
    const char *name;
    int (*run)(QCoreApplication &app, const QStringList &arguments);
};

const Verb kVerbs[] = {
    { "inspect-cert", InspectCertCommand::run }, { "export", ExportCommand::run },
    { "sandbox", SandboxCommand::run },          { "apply", ApplyCommand::run },
    { "fetch-trust", FetchTrustCommand::run },   { "validate", ValidateCommand::run },
    { "providers", ProvidersCommand::run },      { "trust", TrustCommand::run },
};

const Verb *verbNamed(const QString &name)
{
    for (const Verb &verb : kVerbs) {
        if (name == QLatin1String(verb.name))
            return &verb;
    }
    return nullptr;
}

} // namespace

bool CommandLine::isCommand(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    return verbNamed(first) || first == QStringLiteral("--help") || first == QStringLiteral("-h")
        || first == QStringLiteral("--version") || first == QStringLiteral("-v") || first == QStringLiteral("help")
        || !first.startsWith(QLatin1Char('-'));
}

bool CommandLine::drawsPages(int argc, char **argv)
{
    if (argc < 2 || qstrcmp(argv[1], "validate") != 0)
        return false;
    for (int i = 2; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--format=pdf" || argument == "-format=pdf"
            || ((argument == "--format" || argument == "-format") && i + 1 < argc && qstrcmp(argv[i + 1], "pdf") == 0))
            return true;
    }
    return false;
}

QString CommandLine::usage()
{
    return tr("Usage:\n"
              "  taskcenter-connect [--setup FILE] [--lang CODE]   start the wizard\n"
              "  taskcenter-connect COMMAND [options]              work without a window\n"
              "\n"
              "Commands:\n"
              "  inspect-cert FILE [--json]\n"
              "      Show a trust certificate's facts. Exit 0 valid, 1 expired or expiring within %1 days,\n"
              "      2 not a certificate.\n"
              "  export SETUP.json --out DIR [--secrets SECRETS.json] [--include-secrets]\n"
              "         [--format properties|json|both]\n"
              "      Write the destinations a setup file describes. Exit 0 written, 2 bad input.\n"
              "  apply SETUP.json --subaccount DESTINATION-KEY.json [--secrets SECRETS.json]\n"
              "        [--overwrite] [--dry-run]\n"
              "      Create or update the destinations in a subaccount over the Destination service.\n"
              "      Exit 0 applied or nothing to do, 1 a destination failed or exists with other values\n"
              "      (without --overwrite), 2 bad input, 3 subaccount unreachable or key rejected.\n"
              "  fetch-trust --subaccount DESTINATION-KEY.json --out FILE\n"
              "      Write the subaccount's trust certificate as PEM. Exit 0 written, 1 expiring, expired or\n"
              "      none yet, 2 bad input, 3 subaccount unreachable or key rejected.\n"
              "  validate [SOURCE ...] [--subaccount DESTINATION-KEY.json | --sandbox URL] [--trust FILE]\n"
              "           [--format text|json|html|pdf] [--out FILE]\n"
              "      Check existing destinations (files, folders, a subaccount) and the trust certificate, and\n"
              "      say what is wrong and how to fix it. Exit 0 no errors, 1 errors found, 2 bad input,\n"
              "      3 subaccount unreachable or key rejected.\n"
              "  trust status|prepare|rotate|remove-passive --subaccount DESTINATION-KEY.json\n"
              "        [--out FILE] [--yes] [--keep]\n"
              "      Rotate the subaccount's trust certificate without downtime: prepare a passive one (--out\n"
              "      writes it for the providers), give it to every provider listed, rotate --yes (rotated\n"
              "      back when a provider refuses it, unless --keep), remove-passive. Exit 0 done, 1 attention\n"
              "      (expiring or none; rotate without --yes; a provider refused), 2 bad input, 3 unreachable.\n"
              "  providers [--json]\n"
              "      List the task providers: the id a setup file's \"provider\" takes, its ways (\"path\"),\n"
              "      and the names of the values and secrets it needs. Exit 0 listed, 2 bad options.\n"
              "  sandbox [--port N] [--seed empty|demo] [--write-key FILE]\n"
              "      Serve a built-in subaccount (token endpoint and Destination service) on 127.0.0.1\n"
              "      until Ctrl+C; FILE receives its service key. Exit 0 stopped, 2 bad options or port in use.\n"
              "\n"
              "Wizard options:\n"
              "  --setup FILE   continue the setup saved in FILE\n"
              "  --lang CODE    language of the window, e.g. de\n"
              "\n"
              "  -h, --help     show this help; 'taskcenter-connect COMMAND --help' shows a command's options\n"
              "  -v, --version  show the version\n")
        .arg(TrustCertificate::ExpiryWarningDays);
}

int CommandLine::run(QCoreApplication &app)
{
    Translations::install(app);
    const QStringList arguments = app.arguments();
    const QString verb = arguments.value(1);
    if (verb == QStringLiteral("--help") || verb == QStringLiteral("-h") || verb == QStringLiteral("help")) {
        out() << usage();
        out().flush();
        return Ok;
    }
    if (verb == QStringLiteral("--version") || verb == QStringLiteral("-v")) {
        out() << QStringLiteral("taskcenter-connect ") << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    // A name that is not valid UTF-8 arrives with its bytes replaced: acting on it would read or write another file.
    for (const QString &argument : arguments) {
        if (argument.contains(QChar::ReplacementCharacter))
            return fail(tr("This argument is not valid UTF-8 text, so the file it names cannot be found or written "
                           "as such: %1\nRename the file or folder to a name in UTF-8.")
                            .arg(argument));
    }
    // The verb's own parser sees "taskcenter-connect <options...>".
    QStringList verbArguments = arguments;
    verbArguments.removeAt(1);
    if (const Verb *known = verbNamed(verb))
        return known->run(app, verbArguments);
    return fail(tr("Unknown command \"%1\". Run 'taskcenter-connect --help' for the commands.").arg(verb));
}
