// What the program loads before its first page is on screen: only what that page needs. The time it takes is measured
// by bench/startup_bench; this test keeps out of the first paint what once doubled it: the image-format plugins
// (read for the style's own icons) and the SVG icon engine (for the window's icon).
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class FirstPaintTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsNoImagePluginsBeforeTheFirstPaint()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        // The first paint is reported on standard output (the benchmark's own report, from launch 0).
        environment.insert(QStringLiteral("TCC_BENCH_LAUNCH_NS"), QStringLiteral("0"));
        // The dynamic loader names every library it opens, in order, on standard error.
        environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        QProcess window;
        window.setProcessEnvironment(environment);
        window.start(QStringLiteral(TCC_APP_BINARY), { QStringLiteral("--quit-after-first-paint") });
        QVERIFY(window.waitForFinished(60000));
        QCOMPARE(window.exitStatus(), QProcess::NormalExit);
        QCOMPARE(window.exitCode(), 0);
        QVERIFY(window.readAllStandardOutput().contains("first-paint-ns "));

        QStringList plugins;
        static const QRegularExpression loaded(QStringLiteral(R"(file=(\S*/plugins/\S+)\s.*dynamically loaded)"));
        const QString loader = QString::fromLocal8Bit(window.readAllStandardError());
        for (auto match = loaded.globalMatch(loader); match.hasNext();)
            plugins.append(match.next().captured(1));
        // The loader's report is read right: the platform plugin is in it.
        QVERIFY2(!plugins.filter(QStringLiteral("/platforms/libqoffscreen.so")).isEmpty(),
                 qPrintable(plugins.join(QLatin1Char('\n'))));
        QVERIFY2(plugins.filter(QStringLiteral("/imageformats/")).isEmpty(),
                 qPrintable(plugins.join(QLatin1Char('\n'))));
        QVERIFY2(plugins.filter(QStringLiteral("/iconengines/")).isEmpty(),
                 qPrintable(plugins.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(FirstPaintTest)
#include "tst_firstpaint.moc"
