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

// The text as the guard reads it, and where each of its characters stands in the text given.
struct Plain {
    QString text;
    QList<qsizetype> origin; // empty while no character is left out: the positions are the same then

    qsizetype originOf(qsizetype position) const { return origin.isEmpty() ? position : origin.at(position); }
};

// Every kind of space as ' ', every kind of dash as '-', the digits of any script as ASCII ones, and without
// invisible format characters: text pasted from Word or a web form writes "850709‑1234" with a non-breaking
// hyphen or space, full-width digits, or a soft hyphen or zero-width space inside the number, which the
// reader does not see and the number would otherwise slip through with. The text is copied only when a
// character changes, as most do not.
Plain plain(const QString& text) {
    Plain result{text, {}};
    qsizetype kept = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u >= 0x80 && c.category() == QChar::Other_Format) {
            if (result.origin.isEmpty()) {
                result.origin.reserve(text.size());
                for (qsizetype k = 0; k < kept; ++k)
                    result.origin << k;
            }
            continue;
        }
        if (c.isSpace())
            c = u' ';
        else if ((u >= 0x2010 && u <= 0x2015) || u == 0x2212 || u == 0xFE63 || u == 0xFF0D)
            c = u'-';
        else if (u >= 0x80 && c.isDigit())
            c = QChar(u'0' + c.digitValue());
        else if (u == 0xFF0B)
            c = u'+';
        if (kept != i || c != text.at(i))
            result.text[kept] = c;
        if (!result.origin.isEmpty())
            result.origin << i;
        ++kept;
    }
    result.text.truncate(kept);
    return result;
}

// A number has ten digits at least: most texts (a cell of a CSV file, a title) have fewer, and need no more.
bool tooFewDigits(const QString& text) {
    int digits = 0;
    for (const QChar c : text)
        if (c.isDigit() && ++digits == 10)
            return false;
    return true;
}

// The groups of the pattern in find().
enum Group { Century = 1, Year, Mark, Month, SameMark, Day, Separator, Last };

// The number a match of the pattern is, if its date is real (day + 60 for a coordination number) and its
// check digit right; positions are in the plain text.
std::optional<PersonalNumber::Match> numberIn(const QRegularExpressionMatch& m) {
    // A date in parts ("85 07 09") has its last four digits apart too. Read otherwise, digits before a number
    // make one with the number's own: "Rad 18 10 850709 1232" would read as "18 10 85" and "0709" (a right
    // check digit), and that span be taken out instead of the number.
    if (m.capturedLength(Mark) > 0 && m.capturedEnd(Day) == m.capturedStart(Last))
        return std::nullopt;
    const QString yymmdd = m.captured(Year) + m.captured(Month) + m.captured(Day);
    const QString last = m.captured(Last);
    int day = m.captured(Day).toInt();
    const bool coordination = day > 60;
    if (coordination)
        day -= 60;
    const int century = m.capturedLength(Century) > 0 ? m.captured(Century).toInt() : -1;
    const bool hundredPlus = m.captured(Separator) == QStringLiteral("+");
    if (!realDate(century, m.captured(Year).toInt(), m.captured(Month).toInt(), day, hundredPlus))
        return std::nullopt;
    if (PersonalNumber::checkDigit(yymmdd + last.left(3)) != last.right(1).toInt())
        return std::nullopt;
    return PersonalNumber::Match{m.capturedStart(), m.capturedLength(), yymmdd + QStringLiteral("-****"),
                                 coordination};
}

} // namespace

std::optional<PersonalNumber::Match> PersonalNumber::find(const QString& text) {
    // The date: the century (18, 19, 20) or not, the year, a month 01–12, a day 00–39 or 60–99 (day + 60 for
    // a coordination number), written whole or with the same mark between its parts ("85 07 09", "85.07.09";
    // not "85 07.09" nor "8507 09", which are digits of something else); an optional separator (- + / .)
    // with spaces around it; then four digits. No digit may touch either end, so longer numbers (amounts,
    // account numbers) are left alone, nor may a separator and a digit follow: the four digits of "20210304
    // 1430-1600" are a time range's start. What the pattern can check it does, so that the search goes on
    // inside the regular expression rather than through another match here.
    static const QRegularExpression pattern(
        QStringLiteral("(?<!\\d)(1[89]|20)?(\\d{2})([ .]?)(0[1-9]|1[0-2])(\\3)([0-3]\\d|[6-9]\\d) *([-+/.])? "
                       "*(\\d{4})(?![-/.:]?\\d)"));
    if (tooFewDigits(text))
        return std::nullopt;
    const Plain read = plain(text);
    // A match that is no number (not a real date, a wrong check digit, a date in parts with its last four
    // digits on it) may have taken the first digits of one: in "Rad 18 10 850709 1232" the pattern reads
    // "18 10 85" as a date and "0709" as its last four digits. So the next try starts at the next digit, not
    // after that match; from one start only one reading of the digits fits the pattern, so none is missed.
    for (auto m = pattern.match(read.text); m.hasMatch();
         m = pattern.match(read.text, m.capturedStart() + 1)) {
        std::optional<Match> found = numberIn(m);
        if (!found)
            continue;
        const qsizetype start = read.originOf(found->start);
        found->length = read.originOf(found->start + found->length - 1) + 1 - start;
        found->start = start;
        return found;
    }
    return std::nullopt;
}

} // namespace lk
