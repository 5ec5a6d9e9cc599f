#include "startup/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Translations {

namespace {
QString g_installed; // the language asked for at the last install(); empty: the system's
} // namespace

void install(QCoreApplication &app, const QString &language)
{
    g_installed = language;
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

QStringList available()
{
    // The catalogues are built in: they cannot change while the program runs, and the first page asks three times.
    static const QStringList languages = [] {
        const QString prefix = QStringLiteral("taskcenter-connect_");
        QStringList found;
        for (const QString &file : QDir(QStringLiteral(":/i18n")).entryList({ prefix + QStringLiteral("*.qm") }))
            found.append(file.mid(prefix.size()).chopped(3));
        found.sort();
        return found;
    }();
    return languages;
}

QString nativeName(const QString &language)
{
    // The C locale of scripts and bare systems reads English.
    const QLocale locale = QLocale(language).language() == QLocale::C ? QLocale(QLocale::English) : QLocale(language);
    // English is "English" (Qt names it after a country: "American English").
    QString name = locale.language() == QLocale::English && !language.contains(QLatin1Char('_'))
        ? QLocale::languageToString(QLocale::English)
        : locale.nativeLanguageName();
    // Where the catalogue names a country (pt_BR), so does the name.
    if (language.contains(QLatin1Char('_')))
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name.isEmpty() ? language : name;
}

namespace {
const QString kLanguageKey = QStringLiteral("language");
}

QString current()
{
    return available().contains(g_installed) ? g_installed : QString();
}

QString chosen()
{
    const QString language = QSettings().value(kLanguageKey).toString();
    return available().contains(language) ? language : QString();
}

void choose(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, language);
}

} // namespace Translations
