#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

void install(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // Plural texts ("%n day(s)") need a translation even in English, so when the language has no file of
    // its own (or is English, or the C locale of scripts), the English file supplies the plural forms.
    auto *own = new QTranslator(&app);
    const QString directory = QStringLiteral(":/i18n");
    const QString baseName = QStringLiteral("taskcenter-connect");
    if (own->load(locale, baseName, QStringLiteral("_"), directory)
        || own->load(baseName + QStringLiteral("_en"), directory))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace Translations
