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
    // The BCP 47 tag of the language the program's texts are in ("sv-SE", "en-GB"): what a written report
    // says it is written in. Taken from the installed translation, so that it follows --lang and not the
    // system's language.
    static QString tag();
    // Installs the translators on the application; English needs none. False when a catalogue is missing.
    static bool install(QCoreApplication& application, const QString& language);
};

} // namespace lk
