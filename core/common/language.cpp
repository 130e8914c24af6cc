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

QString Language::tag() {
    return Text::tr("en-GB", "The BCP 47 tag of this translation's language and country: sv-SE");
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
    if (language != QStringLiteral("sv"))
        return true;
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

} // namespace lk
