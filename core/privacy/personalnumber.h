// PersonalNumber: finds a Swedish personal identity number (personnummer) or coordination number
// (samordningsnummer) in free text, so that none is ever stored.
#pragma once

#include <QString>

#include <optional>

namespace lk {

class PersonalNumber {
public:
    struct Match {
        qsizetype start = 0;
        qsizetype length = 0;
        QString masked;            // "850709-****": enough to find it in the text, without repeating it
        bool coordination = false; // a samordningsnummer (day + 60)
    };

    // The first number written as YYMMDD-NNNC, YYMMDDNNNC, YYYYMMDD-NNNC or YYYYMMDDNNNC, with '+' for age
    // 100+ and spaces around the separator allowed, whose date is real (day + 60 for a coordination number)
    // and whose last digit passes the Luhn check, wherever it stands (after a date or a room number too).
    // Invisible format characters (a soft hyphen, a zero-width space) are read past, and digits of any script
    // read as digits. Dates, phone and organisation numbers do not match.
    static std::optional<Match> find(const QString& text);

    // The Luhn check digit of nine digits (YYMMDDNNN), as the Swedish Tax Agency computes it.
    static int checkDigit(const QString& nineDigits);
};

} // namespace lk
