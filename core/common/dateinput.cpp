#include "common/dateinput.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <optional>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::DateInput)
};

struct Parts {
    int year = 0;
    int month = 0;
    int day = 0;
};

// A two-digit year is this century's: 24 is 2024, never 1924.
int fullYear(const QString& digits) {
    const int year = digits.toInt();
    return digits.size() == 2 ? 2000 + year : year;
}

std::optional<Parts> split(const QString& text, const QDate& today) {
    // Year first, with one separator used throughout: 2022-11-03, 2022/11/03, 2022.11.03, 22-11-03.
    static const QRegularExpression yearFirst(
        QStringLiteral("^(\\d{4}|\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})$"));
    // Digits only: 20221103 or 221103.
    static const QRegularExpression digits(QStringLiteral("^(\\d{2}|\\d{4})(\\d{2})(\\d{2})$"));
    // Day first, as a Swede writes by hand: 3/11, 3/11 2022, 3/11-22.
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})/(\\d{1,2})(?:[ -](\\d{4}|\\d{2}))?$"));
    if (const auto match = yearFirst.match(text); match.hasMatch())
        return Parts{fullYear(match.captured(1)), match.captured(3).toInt(), match.captured(4).toInt()};
    if (const auto match = digits.match(text); match.hasMatch())
        return Parts{fullYear(match.captured(1)), match.captured(2).toInt(), match.captured(3).toInt()};
    if (const auto match = dayFirst.match(text); match.hasMatch()) {
        const QString year = match.captured(3);
        return Parts{year.isEmpty() ? today.year() : fullYear(year), match.captured(2).toInt(),
                     match.captured(1).toInt()};
    }
    return std::nullopt;
}

DateInput::Reading notADate(const QString& text, const QString& why) {
    return {DateInput::State::NotADate, {}, Text::tr("“%1” is not a date: %2").arg(text, why)};
}

} // namespace

DateInput::Reading DateInput::read(const QString& typed, const QDate& today) {
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    const std::optional<Parts> parts = split(text, today);
    if (!parts)
        return notADate(text, Text::tr("write it as 2022-11-03, 20221103, 221103 or 3/11."));
    if (parts->year < firstYear || parts->year > lastYear)
        return notADate(text, Text::tr("the year must be between %1 and %2.").arg(firstYear).arg(lastYear));
    if (parts->month < 1 || parts->month > 12)
        return notADate(text, Text::tr("there is no month %1.").arg(parts->month));
    const int days = QDate(parts->year, parts->month, 1).daysInMonth();
    if (parts->day < 1 || parts->day > days)
        return notADate(text, Text::tr("%1 %2 has %3 days.")
                                  .arg(QLocale().standaloneMonthName(parts->month))
                                  .arg(parts->year)
                                  .arg(days));
    return {State::Date, QDate(parts->year, parts->month, parts->day), {}};
}

} // namespace lk
