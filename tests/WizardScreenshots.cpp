// Saves a picture of every wizard page, filled the way an administrator fills it, for review and the README:
//   xvfb-run -a -s '-screen 0 1024x768x24' build/tests/wizard_screenshots OUT_DIR [--lang de]
#include "CertificateFactory.h"
#include "ConnectWizard.h"
#include "PageIds.h"
#include "SetupModel.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString out = arguments.value(1, QStringLiteral("screenshots"));
    // The same loading as the wizard's --lang (Qt's own texts, ours, English plural forms as fallback).
    const int langAt = arguments.indexOf(QStringLiteral("--lang"));
    Translations::install(app, langAt > 0 ? arguments.value(langAt + 1) : QStringLiteral("en"));
    QDir().mkpath(out);

    ConnectWizard wizard;
    wizard.resize(860, 680);
    auto *model = wizard.model();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto certificate = CertificateFactory::createSelfSigned(QStringLiteral("acme-prod-subaccount"),
                                                                  now.addDays(-20), now.addDays(710));
    model->setTrustCertificate(TrustCertificate::fromData(certificate->certificatePem),
                               QStringLiteral("/home/admin/Downloads/acme-prod-trust.pem"));
    QFile key(QStringLiteral(TCC_TEST_DATA_DIR "/taskcenter-service-key.json"));
    key.open(QIODevice::ReadOnly);
    model->setServiceKey(TaskCenterServiceKey::fromText(key.readAll()),
                         QStringLiteral("/home/admin/Downloads/taskcenter-key.json"));
    model->setValue(QStringLiteral("apiKey"), QStringLiteral("NjVkMmZhYzI0ZTFhNDk5OTk4OGY"));
    model->setValue(QStringLiteral("ppApiKey"), QStringLiteral("YTk0ZTE2ZGMxNDk3NDIxZDk"));
    model->setValue(QStringLiteral("apiServer"), QStringLiteral("https://api4.successfactors.com/odata/v2/"));
    model->setValue(QStringLiteral("companyId"), QStringLiteral("ACME123"));
    model->setValue(QStringLiteral("technicalUser"), QStringLiteral("TECHNICAL_USER_INBOX_CEF979F3"));
    wizard.show();

    // One picture a page, numbered in the order of the walk and named by page; with no subaccount saved, the walk
    // goes into the demo subaccount.
    int picture = 0;
    const auto save = [&](const QString &name) {
        wizard.grab().save(
            QDir(out).filePath(QStringLiteral("%1-%2.png").arg(++picture, 2, 10, QLatin1Char('0')).arg(name)));
    };
    std::function<void()> shoot = [&] {
        if (wizard.currentId() == FinishPageId) {
            wizard.currentPage()->findChild<QAbstractButton *>(QStringLiteral("writeButton"))->click();
        }
        save(wizard.currentPage()->objectName());
        if (wizard.currentId() == SubaccountPageId) {
            // The form for a new subaccount too, then back to the demo for the rest of the walk.
            wizard.currentPage()->findChild<QAbstractButton *>(QStringLiteral("addSubaccountButton"))->click();
            save(QStringLiteral("addSubaccount"));
            wizard.currentPage()->findChild<QAbstractButton *>(QStringLiteral("demoChoice"))->click();
        }
        if (wizard.currentId() == FinishPageId) {
            QCoreApplication::quit();
            return;
        }
        wizard.next();
        // Long enough for the loopback calls of the review and apply pages.
        QTimer::singleShot(600, shoot);
    };
    wizard.startBackgroundChecks();
    QTimer::singleShot(800, shoot);
    return app.exec();
}
