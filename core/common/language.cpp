#include "common/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace lk {

namespace {
const QString settingKey = QStringLiteral("language");
}

QString Language::choose(const QString& requested) {
    if (supported().contains(requested))
        return requested;
    const QString saved = QSettings().value(settingKey).toString();
    if (supported().contains(saved))
        return saved;
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("sv");
}

void Language::save(const QString& language) {
    QSettings().setValue(settingKey, language);
}

bool Language::install(QCoreApplication& application, const QString& language) {
    application.setProperty("lk.language", language);
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

QString Language::current() {
    if (const QCoreApplication* application = QCoreApplication::instance()) {
        if (const QString chosen = application->property("lk.language").toString();
            supported().contains(chosen))
            return chosen;
    }
    // Without install() (a test that loads the catalogue itself): Swedish is the default locale then.
    return QLocale().language() == QLocale::Swedish ? QStringLiteral("sv") : QStringLiteral("en");
}

QString Language::tag() {
    return current() == QStringLiteral("sv") ? QStringLiteral("sv-SE") : QStringLiteral("en-GB");
}

} // namespace lk
