#pragma once

#include <QApplication>
#include <QByteArray>
#include <QMetaMethod>
#include <QObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

// Runs a share of a test class's functions when TCC_TEST_SHARD says which ("1/2": the first of two), so that CTest runs
// the shares of a long test program side by side (tcc_add_test's SHARDS). The functions are dealt out in the order
// they are declared, so a new one lands in a share without a list to keep. Functions named on the command line, or no
// TCC_TEST_SHARD, run as QTest::qExec runs them.
inline int runTestShard(QObject *test, int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const QList<QByteArray> shard = qgetenv("TCC_TEST_SHARD").split('/');
    const int share = shard.value(0).toInt();
    const int shares = shard.value(1).toInt();
    const bool namesFunctions = std::any_of(arguments.cbegin() + 1, arguments.cend(), [](const QString &argument) {
        return !argument.startsWith(QLatin1Char('-'));
    });
    if (shares < 2 || share < 1 || share > shares || namesFunctions)
        return QTest::qExec(test, arguments);
    static const QList<QByteArray> fixtures = { "initTestCase", "cleanupTestCase", "init", "cleanup" };
    const QMetaObject *meta = test->metaObject();
    int position = 0;
    for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
        const QMetaMethod method = meta->method(i);
        const QByteArray name = method.name();
        // Qt Test's own rule for a test function: a private slot without parameters that returns nothing.
        if (method.methodType() != QMetaMethod::Slot || method.access() != QMetaMethod::Private
            || method.parameterCount() > 0 || method.returnType() != QMetaType::Void || fixtures.contains(name)
            || name.endsWith("_data"))
            continue;
        if (position++ % shares == share - 1)
            arguments.append(QString::fromLatin1(name));
    }
    return QTest::qExec(test, arguments);
}

// The shares of one program run at the same time, and Qt Test's standard paths (~/.qttest) are named after the
// program: each share gets a home of its own, so that one share's saved progress or settings never meet another's.
inline void giveShareItsOwnHome(const QTemporaryDir &home)
{
    if (!qEnvironmentVariableIsEmpty("TCC_TEST_SHARD") && home.isValid())
        qputenv("HOME", home.path().toLocal8Bit());
}

// QTEST_MAIN for a test program run in shares: a QApplication, as the widget tests need.
#define TCC_TEST_MAIN_IN_SHARES(TestClass)                                                                             \
    int main(int argc, char **argv)                                                                                    \
    {                                                                                                                  \
        const QTemporaryDir home;                                                                                      \
        giveShareItsOwnHome(home);                                                                                     \
        QApplication app(argc, argv);                                                                                  \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                                       \
        TestClass test;                                                                                                \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return runTestShard(&test, argc, argv);                                                                        \
    }
