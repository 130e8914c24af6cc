#include "privacy/personalnumber.h"

#include <QDate>
#include <QRegularExpression>

namespace lk {

namespace {

// A real date for YYMMDD in some century: the century is not written in the ten-digit form. '+' (age 100 and
// over) moves the candidates a century back.
bool realDate(int century, int year, int month, int day, bool hundredPlus) {
    const QList<int> centuries = century >= 0  ? QList<int>{century}
                                 : hundredPlus ? QList<int>{18, 19}
                                               : QList<int>{19, 20};
    for (int c : centuries) {
        if (QDate(c * 100 + year, month, day).isValid())
            return true;
    }
    return false;
}

} // namespace

int PersonalNumber::checkDigit(const QString& nineDigits) {
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        int digit = nineDigits.at(i).digitValue() * (i % 2 == 0 ? 2 : 1);
        sum += digit > 9 ? digit - 9 : digit;
    }
    return (10 - sum % 10) % 10;
}

namespace {

// The same text with every kind of space as ' ', every kind of dash as '-' and full-width digits as ASCII
// ones, character for character, so that positions stay the same: text pasted from Word or a web form writes
// "850709‑1234" with a non-breaking hyphen, or a non-breaking space.
QString plain(const QString& text) {
    QString result = text;
    for (QChar& c : result) {
        const char16_t u = c.unicode();
        if (c.isSpace())
            c = u' ';
        else if ((u >= 0x2010 && u <= 0x2015) || u == 0x2212 || u == 0xFE63 || u == 0xFF0D)
            c = u'-';
        else if (u >= 0xFF10 && u <= 0xFF19)
            c = QChar(u'0' + (u - 0xFF10));
        else if (u == 0xFF0B)
            c = u'+';
    }
    return result;
}

} // namespace

std::optional<PersonalNumber::Match> PersonalNumber::find(const QString& text) {
    // The date (with or without century, its parts perhaps apart: "85 07 09", "85.07.09"), an optional
    // separator (- + / .) with spaces around it, then four digits; no digit may touch either end, so longer
    // numbers (amounts, account numbers) are left alone.
    static const QRegularExpression pattern(
        QStringLiteral("(?<!\\d)(\\d{2})?(\\d{2})[ .]?(\\d{2})[ .]?(\\d{2}) *([-+/.])? *(\\d{4})(?!\\d)"));
    for (auto it = pattern.globalMatch(plain(text)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString last = m.captured(6);
        const bool hundredPlus = m.captured(5) == QStringLiteral("+");
        const int century = m.captured(1).isEmpty() ? -1 : m.captured(1).toInt();
        if (century >= 0 && (century < 18 || century > 20))
            continue;
        const int year = m.captured(2).toInt();
        const int month = m.captured(3).toInt();
        int day = m.captured(4).toInt();
        const bool coordination = day > 60;
        if (coordination)
            day -= 60;
        if (!realDate(century, year, month, day, hundredPlus))
            continue;
        const QString yymmdd = m.captured(2) + m.captured(3) + m.captured(4);
        if (checkDigit(yymmdd + last.left(3)) != last.right(1).toInt())
            continue;
        return Match{m.capturedStart(), m.capturedLength(), yymmdd + QStringLiteral("-****"), coordination};
    }
    return std::nullopt;
}

} // namespace lk
