// Language: which language the program speaks, and loading its translations (ours and Qt's own).
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace lk {

class Language {
public:
    static QStringList supported() { return {QStringLiteral("sv"), QStringLiteral("en")}; }
    // `requested` (from --lang) wins; then the choice saved in the settings; then Swedish, unless the system
    // speaks English: the program is made for Swedish offices.
    static QString choose(const QString& requested);
    static void save(const QString& language);
    // The language the program speaks now, "sv" or "en": the one its installed translation is written in, so
    // that a page it writes names the language its words are in (<html lang>).
    static QString current();
    // Installs the translators on the application; English takes only its plural forms. False when the Swedish
    // catalogue is missing.
    static bool install(QCoreApplication& application, const QString& language);
    // The same as a document's language tag (BCP 47): "sv-SE" or "en-GB".
    static QString tag();
};

} // namespace lk
