// Decimal numbers as people write them (12,5 in Swedish, 12.5 in a program) and as the program shows them
// (Swedish style: 1 234,5). Header-only.
#pragma once

#include <QLocale>
#include <QString>

#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <system_error>

namespace lk {

// The largest magnitude a decimal field holds: far beyond any indicator, and still exact in a double.
inline constexpr qint64 largestDecimal = 1'000'000'000'000;

namespace detail {

inline bool isDecimalGroupSeparator(QChar c) {
    // A space, a no-break space (Swedish Excel, QLocale) or a narrow no-break space (typographers).
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F);
}

inline bool isAsciiDigit(QChar c) {
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

} // namespace detail

// Reads "12,5", "12.5", "-3", "−3" (U+2212), "+4", "1 234,5" (groups of three split by a space, a no-break
// space or a narrow no-break space), with spaces around. Refuses empty text, letters, units ("12,5 %"), more
// than one decimal separator ("1,2,3"), both kinds of separator ("1.234,5": which one is the decimal?),
// badly grouped digits ("12 5"), inf and nan, and anything beyond ±1e12.
inline std::optional<double> parseDecimal(const QString& input) {
    const QString text = input.trimmed();
    qsizetype i = 0;
    std::string number; // in the C form that std::from_chars reads whatever the locale: -1234.5
    if (i < text.size() && (text[i] == u'+' || text[i] == u'-' || text[i] == QChar(0x2212))) {
        if (text[i] != u'+')
            number += '-';
        ++i;
    }
    // The whole part: digits, optionally in groups of three after the first.
    int digitsInGroup = 0;
    bool grouped = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (detail::isAsciiDigit(c)) {
            number += char(c.unicode());
            ++digitsInGroup;
        } else if (detail::isDecimalGroupSeparator(c)) {
            if (digitsInGroup == 0 || digitsInGroup > 3 || (grouped && digitsInGroup != 3))
                return std::nullopt;
            grouped = true;
            digitsInGroup = 0;
        } else {
            break;
        }
    }
    if (digitsInGroup == 0 || (grouped && digitsInGroup != 3))
        return std::nullopt;
    // The fraction: one separator, a comma or a point, and at least one digit after it.
    if (i < text.size()) {
        if (text[i] != u',' && text[i] != u'.')
            return std::nullopt;
        number += '.';
        ++i;
        if (i == text.size())
            return std::nullopt;
        for (; i < text.size(); ++i) {
            if (!detail::isAsciiDigit(text[i]))
                return std::nullopt;
            number += char(text[i].unicode());
        }
    }
    double value = 0;
    const char* const end = number.data() + number.size();
    const auto [at, error] = std::from_chars(number.data(), end, value);
    if (error != std::errc() || at != end || !std::isfinite(value) ||
        std::abs(value) > double(largestDecimal))
        return std::nullopt;
    return value == 0 ? 0.0 : value; // "-0" is 0
}

// Swedish style, whatever the default locale: a decimal comma, at most four decimals without trailing zeros,
// digits grouped in threes by QLocale's Swedish group separator (a no-break space, U+00A0, in Qt 6.4) and
// QLocale's Swedish minus sign (U+2212): 12.5 -> "12,5", 3.0 -> "3", -1234.5 -> "−1 234,5". This is what
// an Integer field shows in the program's Swedish locale, and parseDecimal reads it back.
inline QString formatDecimal(double value) {
    if (!std::isfinite(value))
        return QString::number(value); // "inf", "nan": never hidden, and refused by validation
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    QString text = swedish.toString(value, 'f', 4);
    const QString point = swedish.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    const QString negativeZero = swedish.negativeSign() + QStringLiteral("0");
    if (text == negativeZero) // -0.00001 rounds to 0, not to "−0"
        return QStringLiteral("0");
    return text;
}

} // namespace lk
