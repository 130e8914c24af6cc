#include "common/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace lk {

namespace {

const QString settingKey = QStringLiteral("language");

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::Language)
};

} // namespace

QString Language::choose(const QString& requested) {
    if (supported().contains(requested))
        return requested;
    const QString saved = QSettings().value(settingKey).toString();
    if (supported().contains(saved))
        return saved;
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("sv");
}

QString Language::current() {
    // The translation says which language it is in; without one the program speaks its source, English.
    const QString code = QCoreApplication::translate(
        "lk::Language", "en", "The ISO 639-1 code of the language this translation is in: sv for Swedish");
    return supported().contains(code) ? code : QStringLiteral("en");
}

void Language::save(const QString& language) {
    QSettings().setValue(settingKey, language);
}

bool Language::install(QCoreApplication& application, const QString& language) {
    if (language != QStringLiteral("sv")) {
        // English needs only its plural forms: "1 action", "2 actions" for the source's "%n action(s)".
        auto* plurals = new QTranslator(&application);
        if (plurals->load(QStringLiteral(":/i18n/lofteskollen_en.qm")))
            QCoreApplication::installTranslator(plurals);
        return true;
    }
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    auto* own = new QTranslator(&application);
    const bool ownLoaded = own->load(QStringLiteral(":/i18n/lofteskollen_sv.qm"));
    if (ownLoaded)
        QCoreApplication::installTranslator(own);
    // Qt's own dialogs and buttons (Debian's qt6-translations-l10n).
    auto* qt = new QTranslator(&application);
    if (qt->load(QLocale(QLocale::Swedish), QStringLiteral("qt"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return ownLoaded;
}

QString Language::tag() {
    return current() == QStringLiteral("sv") ? QStringLiteral("sv-SE") : QStringLiteral("en-GB");
}

} // namespace lk
