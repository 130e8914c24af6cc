// DemoScope: which municipality and period a demo filler writes, how big the municipality is and how its
// draws are seeded, so that the same fillers make the sample (Salem 2021–2022) and every municipality and
// period of the region.
#pragma once

#include <QDate>
#include <QString>
#include <QUuid>

namespace lk {

struct DemoScope {
    // The fillers' tables are written for the sample's period, 2021–2022; another period moves them.
    static constexpr int sampleYear = 2021;

    QUuid space; // the namespace every record's UUID is derived in
    qint64 municipalityId = 0;
    int firstYear = sampleYear; // a period is two years, from 1 January of this one
    quint32 seed = 0;           // added to each filler's own seed; 0 for the sample
    double size = 1.0;          // the municipality against Salem: how many schools, shops, cases …
    QString town = QStringLiteral("Salem");       // the main centre
    QString village = QStringLiteral("Rönninge"); // the second centre
    // The municipality's current period, where work is still open (action items, cases, observations); in
    // the earlier ones everything was finished.
    bool latestPeriod = true;
    // The day the file stands on: a case closed the retention time before it is thinned already. None for the
    // sample, whose one thinned case is written so.
    QDate today;
    // What the municipality's first period writes on it: the police area it is in, and the public page's
    // contact and address.
    QString policeArea = QStringLiteral("Lokalpolisområde Södertälje");
    QString publicContact = QStringLiteral("trygghet@salem.se, 08-532 598 00");
    QString reportUrl = QStringLiteral("https://www.salem.se/medborgarloften");

    int lastYear() const { return firstYear + 1; }
    QDate start() const { return QDate(firstYear, 1, 1); }
    QDate end() const { return QDate(lastYear(), 12, 31); }
    int yearShift() const { return firstYear - sampleYear; }
    bool isSample() const { return yearShift() == 0 && size == 1.0 && seed == 0; }

    // A day of the sample's period, on the same month and day of this period.
    QDate shifted(const QDate& sampleDay) const { return sampleDay.addYears(yearShift()); }
    // A sample text told of this municipality and period: its centres for Salem's, and the years moved.
    QString local(const char* utf8) const;
    QString local(const QString& text) const;
    // `count` for a municipality of this size, at least `least`.
    int scaled(double count, int least = 1) const;
    // The seed of a filler's draws: the filler's own for the sample, moved by the municipality and period.
    quint32 seeded(quint32 own) const { return own + seed; }
};

} // namespace lk
