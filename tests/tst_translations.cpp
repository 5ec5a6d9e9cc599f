// The translations every layer reads: English plural forms, Qt's own button texts, and our German texts.
#include "Translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

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

    void qtOwnTextsInGerman()
    {
        Translations::install(*QCoreApplication::instance(), QStringLiteral("de"));
        // QWizard's buttons come from Qt's own catalogue (package qt6-translations-l10n).
        QCOMPARE(QCoreApplication::translate("QWizard", "&Next >"), QStringLiteral("&Weiter >"));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
