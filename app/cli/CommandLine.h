#pragma once

#include <QCoreApplication>
#include <QStringList>

// `taskcenter-connect <verb> ...`: the same core as the wizard, without a window. A public interface:
// verbs, options, exit codes and file formats stay as documented in --help and the README.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // True when the arguments name a verb, or ask for --help / --version: no window is opened then.
    static bool isCommand(int argc, char **argv);
    // The command lays out pages (validate --format pdf): it needs fonts, so a QGuiApplication, but no window.
    static bool drawsPages(int argc, char **argv);
    static int run(QCoreApplication &app);

    static QString usage();
};
