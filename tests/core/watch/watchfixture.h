// Helpers for the neighbourhood-watch and indicator tests: a Salem file with valid values for areas, events,
// indicators and their values.
#pragma once

#include "../og/ogfixture.h"
#include "indicators/indicatorregisters.h"
#include "watch/watchregisters.h"

namespace lk::test {

inline QVariantMap areaValues(qint64 municipality, const QString& name = QStringLiteral("Rönninge by"),
                              const QString& housing = QStringLiteral("villa"), int households = 100,
                              int joined = 60, const QDate& started = QDate(2019, 4, 1)) {
    return {{QStringLiteral("municipality_id"), municipality},
            {QStringLiteral("name"), name},
            {QStringLiteral("housing"), housing},
            {QStringLiteral("households"), households},
            {QStringLiteral("households_joined"), joined},
            {QStringLiteral("contact_persons"), 3},
            {QStringLiteral("started_on"), started},
            {QStringLiteral("channels"), QStringLiteral("epost,sms")},
            {QStringLiteral("status"), QStringLiteral("aktiv")},
            {QStringLiteral("note"), QStringLiteral("Skyltar uppsatta vid infarterna.")}};
}

inline QVariantMap eventValues(qint64 area, const QDate& day,
                               const QString& kind = QStringLiteral("utbildning"), qint64 promise = 0) {
    QVariantMap values{{QStringLiteral("area_id"), area},
                       {QStringLiteral("held_on"), day},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("topic"), QStringLiteral("Grundutbildning")},
                       {QStringLiteral("participants"), 12}};
    if (promise)
        values.insert(QStringLiteral("promise_id"), promise);
    return values;
}

inline QVariantMap sampleIndicator(qint64 municipality,
                                   const QString& name = QStringLiteral("Bostadsinbrott")) {
    return {{QStringLiteral("municipality_id"), municipality},
            {QStringLiteral("name"), name},
            {QStringLiteral("unit"), QStringLiteral("anmälningar per år")},
            {QStringLiteral("source"), QStringLiteral("anmalningar")},
            {QStringLiteral("direction"), QStringLiteral("lagre")},
            {QStringLiteral("baseline_year"), 2020},
            {QStringLiteral("baseline_value"), 68.0},
            {QStringLiteral("target_year"), 2022},
            {QStringLiteral("target_value"), 55.0},
            {QStringLiteral("description"), QStringLiteral("Polisens öppna statistik, hela kommunen.")}};
}

inline QVariantMap valueOf(qint64 indicator, int year, int quarter, double value) {
    return {{QStringLiteral("indicator_id"), indicator},
            {QStringLiteral("year"), year},
            {QStringLiteral("quarter"), QString::number(quarter)},
            {QStringLiteral("value"), value}};
}

// Salem 2021–2022 with one neighbourhood-watch area and one indicator.
struct WatchFile : SalemFile {
    Record area = insertRecord(repository, WatchRegisters::areas(), areaValues(municipality));
    Record indicator =
        insertRecord(repository, IndicatorRegisters::indicators(), sampleIndicator(municipality));
    qint64 watchPromise = promiseTitled(QStringLiteral("Grannsamverkan")).id;
};

} // namespace lk::test
