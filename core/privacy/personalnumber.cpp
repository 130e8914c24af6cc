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

std::optional<PersonalNumber::Match> PersonalNumber::find(const QString& text) {
    // Date part (6 or 8 digits), an optional separator with spaces around it, then four digits; no digit may
    // touch either end, so longer numbers (amounts, account numbers) are left alone.
    static const QRegularExpression pattern(
        QStringLiteral("(?<!\\d)(\\d{6}|\\d{8})[ \\t]*([-+\\x{2013}])?[ \\t]*(\\d{4})(?!\\d)"));
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString date = m.captured(1);
        const QString last = m.captured(3);
        const bool hundredPlus = m.captured(2) == QStringLiteral("+");
        const int century = date.size() == 8 ? date.left(2).toInt() : -1;
        if (century >= 0 && (century < 18 || century > 20))
            continue;
        const QString yymmdd = date.right(6);
        const int year = yymmdd.left(2).toInt();
        const int month = yymmdd.mid(2, 2).toInt();
        int day = yymmdd.right(2).toInt();
        const bool coordination = day > 60;
        if (coordination)
            day -= 60;
        if (!realDate(century, year, month, day, hundredPlus))
            continue;
        if (checkDigit(yymmdd + last.left(3)) != last.right(1).toInt())
            continue;
        return Match{m.capturedStart(), m.capturedLength(), yymmdd + QStringLiteral("-****"), coordination};
    }
    return std::nullopt;
}

} // namespace lk
