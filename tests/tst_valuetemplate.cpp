// The one reading of the provider files' ${name} templates: filled in, shaped, read back and said to a person.
#include "providers/ValueTemplate.h"

#include <QTest>

class TestValueTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatItGave_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("placeholders");
        QTest::addColumn<QString>("expectedRead"); // "name=value;..." sorted; empty: no reading
        QTest::newRow("alone") << "${destinationName}"
                               << "SF" << QStringList { "destinationName" } << "destinationName=SF";
        QTest::newRow("suffix") << "${destinationName}_PP"
                                << "SF_PP" << QStringList { "destinationName" } << "destinationName=SF";
        QTest::newRow("suffix absent") << "${destinationName}_PP"
                                       << "SF" << QStringList { "destinationName" } << QString();
        QTest::newRow("compound") << "${server}/api/v2/${realm}"
                                  << "https://h.example.com/api/v2/acme" << QStringList { "server", "realm" }
                                  << "realm=acme;server=https://h.example.com";
        QTest::newRow("a literal with regular expression characters")
            << "${host}?sap-client=(${client})"
            << "h?sap-client=(100)" << QStringList { "host", "client" } << "client=100;host=h";
        QTest::newRow("used twice, one value") << "${a}-${a}"
                                               << "x-x" << QStringList { "a", "a" } << "a=x";
        QTest::newRow("used twice, two values") << "${a}-${a}"
                                                << "x-y" << QStringList { "a", "a" } << QString();
        QTest::newRow("no placeholder") << "OAuth2SAMLBearerAssertion"
                                        << "OAuth2SAMLBearerAssertion" << QStringList() << QString();
        QTest::newRow("dotted names") << "${serviceKey.uaa.url}/pp"
                                      << "https://u/pp" << QStringList { "serviceKey.uaa.url" }
                                      << "serviceKey.uaa.url=https://u";
        QTest::newRow("not a placeholder") << "$ {x} ${y}"
                                           << "$ {x} v" << QStringList { "y" } << "y=v";
    }
    void readsWhatItGave()
    {
        QFETCH(QString, text);
        QFETCH(QString, value);
        QFETCH(QStringList, placeholders);
        QFETCH(QString, expectedRead);
        const ValueTemplate parsed(text);
        QCOMPARE(parsed.placeholders(), placeholders);
        QCOMPARE(parsed.hasPlaceholders(), !placeholders.isEmpty());
        const QHash<QString, QString> read = parsed.read(value);
        QStringList pairs;
        for (auto it = read.cbegin(); it != read.cend(); ++it)
            pairs.append(it.key() + QLatin1Char('=') + it.value());
        pairs.sort();
        QCOMPARE(pairs.join(QLatin1Char(';')), expectedRead);
        // What was read fills the template back into the value, and the value has the template's shape.
        if (!read.isEmpty()) {
            QCOMPARE(parsed.expand(read), value);
            QVERIFY(parsed.shape().match(value).hasMatch());
        }
    }

    void expandsAndNamesWhatIsMissing()
    {
        const ValueTemplate parsed(QStringLiteral("${server}/odata/${server}/${company}"));
        QStringList missing;
        QCOMPARE(parsed.expand({ { QStringLiteral("server"), QStringLiteral("https://a") } }, &missing),
                 QStringLiteral("https://a/odata/https://a/"));
        QCOMPARE(missing, QStringList { QStringLiteral("company") });
        QCOMPARE(parsed.substitute({ { QStringLiteral("company"), QStringLiteral("ACME") } }),
                 QStringLiteral("${server}/odata/${server}/ACME"));
    }

    void shapeOfACompoundTemplate_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("fits");
        QTest::newRow("as written") << "https://s1.ariba.com/api/procurement-task-provider/v2/prod" << true;
        QTest::newRow("another path") << "https://s1.ariba.com/api/v2/prod" << false;
        QTest::newRow("the placeholder empty") << "/api/procurement-task-provider/v2/prod" << false;
        QTest::newRow("more after it") << "https://s1.ariba.com/api/procurement-task-provider/v2/prod/x" << false;
    }
    void shapeOfACompoundTemplate()
    {
        QFETCH(QString, value);
        QFETCH(bool, fits);
        const ValueTemplate parsed(QStringLiteral("${server}/api/procurement-task-provider/v2/prod"));
        QCOMPARE(parsed.shape().match(value).hasMatch(), fits);
    }

    void saysItToAPerson()
    {
        const ValueTemplate compound(QStringLiteral("${server}/api/${realm}"));
        QCOMPARE(compound.readable([](const QString &name) { return name.toUpper(); }),
                 QStringLiteral("<SERVER>/api/<REALM>"));
        QCOMPARE(compound.onlyPlaceholder(), QString());
        QCOMPARE(ValueTemplate(QStringLiteral("${clientId}")).onlyPlaceholder(), QStringLiteral("clientId"));
        QCOMPARE(ValueTemplate(QStringLiteral("x${clientId}")).onlyPlaceholder(), QString());
    }
};

QTEST_GUILESS_MAIN(TestValueTemplate)
#include "tst_valuetemplate.moc"
