// isoDate: a date as the file and every message write it (2021-03-15), and the bounds used when a range is
// open at one end. Header-only.
#pragma once

#include <QDate>
#include <QString>

namespace lk {

inline QString isoDate(const QDate& date) {
    return date.toString(Qt::ISODate);
}

// A date as ISO text, or `open` when it is not given: ISO dates sort as text, so "0000" is before every date
// and "9999" after every date.
inline QString isoDateOr(const QDate& date, const QString& open) {
    return date.isValid() ? isoDate(date) : open;
}

} // namespace lk
