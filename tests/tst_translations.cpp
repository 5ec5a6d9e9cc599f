// The translations every layer reads: English plural forms, Qt's own button texts, and our German texts.
#include "startup/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        // Each case installs its own; start every one from untranslated source texts.
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
    }

    void englishPluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en, one day") << "en" << 1 << "The certificate is valid for 1 more day.";
        QTest::newRow("en, many days") << "en" << 400 << "The certificate is valid for 400 more days.";
        // Scripts run in the C locale; they read English, not "day(s)".
        QTest::newRow("C locale") << "C" << 1 << "The certificate is valid for 1 more day.";
    }

    void englishPluralForms()
    {
        QFETCH(QString, language);
        QFETCH(int, days);
        QFETCH(QString, expected);
        Translations::install(*QCoreApplication::instance(), language);
        QCOMPARE(QCoreApplication::translate("TrustCertificate", "The certificate is valid for %n more day(s).",
                                             nullptr, days),
                 expected);
    }

    // Every shipped language translates every text and keeps nothing obsolete; no text writes "..." where "…"
    // belongs; a translation keeps its source's placeholders.
    void shippedCatalogues_data()
    {
        QTest::addColumn<QString>("path");
        const QDir folder(QStringLiteral(TCC_TEST_DATA_DIR "/../../translations"));
        const QStringList files = folder.entryList({ QStringLiteral("*.ts") });
        QVERIFY(files.size() >= 2);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << folder.filePath(file);
    }
    void shippedCatalogues()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // English is the source language: its file holds only the plural forms.
        const bool english = path.endsWith(QLatin1String("_en.ts"));
        // "Reading..." or "Browse...", not {"apiKey": "..."} or [SOURCE ...], which show syntax.
        static const QRegularExpression asciiEllipsis(QStringLiteral("\\p{L}\\.\\.\\."));
        static const QRegularExpression placeholder(QStringLiteral("%(?:\\d+|n)"));
        const auto placeholders = [](const QString &text) {
            QStringList found;
            for (auto it = placeholder.globalMatch(text); it.hasNext();)
                found.append(it.next().captured());
            found.sort();
            found.removeDuplicates();
            return found;
        };
        QStringList problems;
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        bool numerus = false;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                if (asciiEllipsis.match(source).hasMatch())
                    problems.append(QStringLiteral("\"...\" in %1: %2").arg(context, source));
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                // A plural message has a form per number; each keeps the source's placeholders too.
                QStringList forms;
                if (numerus) {
                    while (xml.readNext() != QXmlStreamReader::EndElement
                           || xml.name() != QLatin1String("translation")) {
                        if (xml.atEnd())
                            break;
                        if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                            forms.append(xml.readElementText());
                    }
                    if (type.isEmpty()) {
                        for (const QString &form : std::as_const(forms)) {
                            if (placeholders(form) != placeholders(source))
                                problems.append(QStringLiteral("placeholders differ in a plural form in %1: %2 / %3")
                                                    .arg(context, source, form));
                        }
                    }
                }
                const QString text = numerus ? QString() : xml.readElementText();
                if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                    problems.append(QStringLiteral("obsolete in %1: %2").arg(context, source));
                else if (type == QLatin1String("unfinished") && !english)
                    problems.append(QStringLiteral("untranslated in %1: %2").arg(context, source));
                else if (!numerus && !text.isEmpty()) {
                    if (asciiEllipsis.match(text).hasMatch())
                        problems.append(QStringLiteral("\"...\" in the translation of %1: %2").arg(context, text));
                    if (placeholders(text) != placeholders(source))
                        problems.append(
                            QStringLiteral("placeholders differ in %1: %2 / %3").arg(context, source, text));
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void qtOwnTextsInGerman()
    {
        Translations::install(*QCoreApplication::instance(), QStringLiteral("de"));
        // QWizard's buttons come from Qt's own catalogue (package qt6-translations-l10n).
        QCOMPARE(QCoreApplication::translate("QWizard", "&Next >"), QStringLiteral("&Weiter >"));
    }

    void ourTextsInGerman_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one day") << QByteArray("TrustCertificatePage") << QByteArray("%n day(s)") << 1
                                 << QStringLiteral("1 Tag");
        QTest::newRow("five days") << QByteArray("TrustCertificatePage") << QByteArray("%n day(s)") << 5
                                   << QStringLiteral("5 Tage");
        QTest::newRow("expired five days ago")
            << QByteArray("TrustCertificatePage") << QByteArray("expired %n day(s) ago") << 5
            << QStringLiteral("seit 5 Tagen abgelaufen");
        QTest::newRow("valid for one more day")
            << QByteArray("TrustCertificate") << QByteArray("The certificate is valid for %n more day(s).") << 1
            << QStringLiteral("Das Zertifikat ist noch 1 Tag gültig.");
        // The mnemonic must not clash with the wizard's own "< &Zurück", "&Weiter >", "&Hilfe", "Ab&schließen".
        QTest::newRow("save progress button") << QByteArray("ConnectWizard") << QByteArray("&Save progress…") << -1
                                              << QStringLiteral("Fortschritt s&peichern…");
        QTest::newRow("SAP term for the subaccount")
            << QByteArray("TrustCertificatePage") << QByteArray("Trust certificate of your subaccount") << -1
            << QStringLiteral("Vertrauenszertifikat Ihres Unterkontos");
    }

    void ourTextsInGerman()
    {
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        Translations::install(*QCoreApplication::instance(), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, n), expected);
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
