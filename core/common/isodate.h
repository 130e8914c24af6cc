// isoDate: a date as the file and every message write it (2021-03-15), and the bounds used when a range is
// open at one end. Header-only.
#pragma once

#include <QDate>
#include <QString>

namespace lk {

inline QString isoDate(const QDate& date) {
    // Written out here for the years 1 to 9999 (all a file holds): QDate::toString formats through
    // QString::asprintf, and an import writes every date of a quarter of a million records twice (the record
    // and its change log), which made it a twentieth of the import. Any other date goes through Qt.
    const int year = date.year();
    if (!date.isValid() || year < 1 || year > 9999)
        return date.toString(Qt::ISODate);
    const int month = date.month();
    const int day = date.day();
    const QChar text[10] = {QChar(u'0' + year / 1000),
                            QChar(u'0' + year / 100 % 10),
                            QChar(u'0' + year / 10 % 10),
                            QChar(u'0' + year % 10),
                            QChar(u'-'),
                            QChar(u'0' + month / 10),
                            QChar(u'0' + month % 10),
                            QChar(u'-'),
                            QChar(u'0' + day / 10),
                            QChar(u'0' + day % 10)};
    return QString(text, 10);
}

// A date as ISO text, or `open` when it is not given: ISO dates sort as text, so "0000" is before every date
// and "9999" after every date.
inline QString isoDateOr(const QDate& date, const QString& open) {
    return date.isValid() ? isoDate(date) : open;
}

} // namespace lk
