// Start-up benchmark: starts the real program (taskcenter-connect --quit-after-first-paint) and the empty
// two-page wizard alternately, many times, and prints the median time from launch to first paint, the
// median peak memory (max RSS), and the ratios. The goal: at most 1.25x the empty wizard's first paint and
// 1.2x its peak memory.
//   startup_bench [--runs N] [--platform offscreen|xcb]
#include "Statistics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Sample
{
    double firstPaintMs = -1;
    double maxRssMb = -1;
};

long long monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

// One launch: fork, exec with TCC_BENCH_LAUNCH_NS set, read "first-paint-ns N" from the child's stdout,
// and take its peak memory from wait4().
Sample launch(const std::vector<std::string> &command, const std::string &platform)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return {};
    const long long launchNs = monotonicNs();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(pipeFds[1], STDOUT_FILENO);
        close(pipeFds[0]);
        close(pipeFds[1]);
        setenv("TCC_BENCH_LAUNCH_NS", std::to_string(launchNs).c_str(), 1);
        setenv("QT_QPA_PLATFORM", platform.c_str(), 1);
        std::vector<char *> argv;
        for (const auto &part : command)
            argv.push_back(const_cast<char *>(part.c_str()));
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(pipeFds[1]);
    std::string output;
    char buffer[256];
    ssize_t got;
    while ((got = read(pipeFds[0], buffer, sizeof buffer)) > 0)
        output.append(buffer, static_cast<size_t>(got));
    close(pipeFds[0]);
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    Sample sample;
    const auto at = output.find("first-paint-ns ");
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0 && at != std::string::npos) {
        sample.firstPaintMs = std::atoll(output.c_str() + at + 15) / 1e6;
        sample.maxRssMb = usage.ru_maxrss / 1024.0;
    }
    return sample;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Start-up benchmark: taskcenter-connect vs an empty QWizard"));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Launches of each program."),
                                        QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption platformOption(QStringLiteral("platform"), QStringLiteral("Qt platform plugin."),
                                            QStringLiteral("name"), QStringLiteral("offscreen"));
    parser.addOptions({ runsOption, platformOption });
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const std::string platform = parser.value(platformOption).toStdString();

    // Without a runtime directory every launch warns on stderr; a private one keeps the output to the figures.
    QTemporaryDir runtimeDir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtimeDir.isValid())
        setenv("XDG_RUNTIME_DIR", runtimeDir.path().toLocal8Bit().constData(), 1);

    const std::vector<std::string> program = { TCC_APP_BINARY, "--quit-after-first-paint" };
    const std::vector<std::string> baseline = { TCC_EMPTY_WIZARD_BINARY };
    std::vector<double> programMs, programMb, baselineMs, baselineMb;
    int failures = 0;
    // Alternate the two so that drift in machine load affects both alike; one warm-up launch each.
    launch(program, platform);
    launch(baseline, platform);
    for (int i = 0; i < runs; ++i) {
        for (const bool isProgram : { true, false }) {
            const Sample sample = launch(isProgram ? program : baseline, platform);
            if (sample.firstPaintMs < 0) {
                ++failures;
                continue;
            }
            (isProgram ? programMs : baselineMs).push_back(sample.firstPaintMs);
            (isProgram ? programMb : baselineMb).push_back(sample.maxRssMb);
        }
    }
    if (programMs.empty() || baselineMs.empty()) {
        std::fprintf(stderr, "startup_bench: no launch reported its first paint (%d failed)\n", failures);
        return 1;
    }
    const double timeRatio = median(programMs) / median(baselineMs);
    const double memoryRatio = median(programMb) / median(baselineMb);
    std::printf("platform %s, %d runs each, %d failed launches\n", platform.c_str(), runs, failures);
    std::printf("%-22s %10s %12s\n", "", "first paint", "peak memory");
    std::printf("%-22s %7.1f ms %9.1f MB\n", "empty two-page wizard", median(baselineMs), median(baselineMb));
    std::printf("%-22s %7.1f ms %9.1f MB\n", "taskcenter-connect", median(programMs), median(programMb));
    std::printf("%-22s %9.2fx %11.2fx   (goal: at most 1.25x and 1.20x)\n", "ratio", timeRatio, memoryRatio);
    return 0;
}
