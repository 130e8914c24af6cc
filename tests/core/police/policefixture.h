// Helpers for the police tests: a Salem file with a school and a leisure centre, the police's promises found
// by title, and valid values for each kind of activity.
#pragma once

#include "../og/ogfixture.h"
#include "police/policeregisters.h"

namespace lk::test {

inline QVariantMap unitValues(qint64 municipality, const QString& name,
                              const QString& kind = QStringLiteral("skola")) {
    return {{QStringLiteral("municipality_id"), municipality},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("address"), QStringLiteral("Skolvägen 4, Salem")}};
}

inline QVariantMap visitValues(qint64 municipality, qint64 unit, const QDate& date, qint64 promise = 0) {
    QVariantMap values{{QStringLiteral("municipality_id"), municipality},
                       {QStringLiteral("unit_id"), unit},
                       {QStringLiteral("visited_on"), date},
                       {QStringLiteral("purpose"), QStringLiteral("forebyggande")},
                       {QStringLiteral("initiated_by"), QStringLiteral("skolan")},
                       {QStringLiteral("pupils"), 60},
                       {QStringLiteral("staff"), 3},
                       {QStringLiteral("topic"), QStringLiteral("Narkotika och grupptryck")},
                       {QStringLiteral("note"), QStringLiteral("Årskurs 8, på skolans initiativ.")}};
    if (promise > 0)
        values.insert(QStringLiteral("promise_id"), promise);
    return values;
}

inline QVariantMap drugOperationValues(qint64 municipality, const QDate& date, qint64 promise = 0) {
    QVariantMap values{{QStringLiteral("municipality_id"), municipality},
                       {QStringLiteral("held_on"), date},
                       {QStringLiteral("place"), QStringLiteral("Salems centrum")},
                       {QStringLiteral("hours"), 4},
                       {QStringLiteral("persons_checked"), 12},
                       {QStringLiteral("reports_own_use"), 3},
                       {QStringLiteral("reports_sale"), 1},
                       {QStringLiteral("reports_other"), 0},
                       {QStringLiteral("seizures"), QStringLiteral("12 g cannabis")},
                       {QStringLiteral("note"), QStringLiteral("Fredagskväll.")}};
    if (promise > 0)
        values.insert(QStringLiteral("promise_id"), promise);
    return values;
}

inline QVariantMap trafficControlValues(qint64 municipality, const QDate& date, qint64 promise = 0) {
    QVariantMap values{{QStringLiteral("municipality_id"), municipality},
                       {QStringLiteral("held_on"), date},
                       {QStringLiteral("place"), QStringLiteral("Rönningevägen vid stationen")},
                       {QStringLiteral("minutes"), 90},
                       {QStringLiteral("focus"), QStringLiteral("rattfylleri,hastighet")},
                       {QStringLiteral("vehicles_checked"), 80},
                       {QStringLiteral("breath_tests"), 80},
                       {QStringLiteral("reports_drunk"), 1},
                       {QStringLiteral("reports_drugs"), 0},
                       {QStringLiteral("reports_speed"), 6},
                       {QStringLiteral("reports_other"), 1},
                       {QStringLiteral("note"), QStringLiteral("Kväll, god sikt.")}};
    if (promise > 0)
        values.insert(QStringLiteral("promise_id"), promise);
    return values;
}

inline QVariantMap informationValues(qint64 municipality, const QDate& date, qint64 promise = 0) {
    QVariantMap values{{QStringLiteral("municipality_id"), municipality},
                       {QStringLiteral("held_on"), date},
                       {QStringLiteral("channel"), QStringLiteral("sociala_medier")},
                       {QStringLiteral("topic"), QStringLiteral("Tecken på droganvändning")},
                       {QStringLiteral("responsible"), QStringLiteral("samverkan")},
                       {QStringLiteral("reach"), 2400},
                       {QStringLiteral("note"), QStringLiteral("Delat av kommunen.")}};
    if (promise > 0)
        values.insert(QStringLiteral("promise_id"), promise);
    return values;
}

inline QVariantMap countingTarget(qint64 promise, const QString& source, int quantity, const QString& per,
                                  const QString& eachUnit = {}) {
    QVariantMap values{{QStringLiteral("promise_id"), promise},
                       {QStringLiteral("counted"),
                        PromiseRegisters::targets().field(QStringLiteral("source")).codeLabel(source)},
                       {QStringLiteral("quantity"), quantity},
                       {QStringLiteral("per"), per},
                       {QStringLiteral("source"), source}};
    if (!eachUnit.isEmpty())
        values.insert(QStringLiteral("each_unit"), eachUnit);
    return values;
}

// Salem 2021–2022 with a school; the police's promises by their template titles.
struct PoliceFile : SalemFile {
    Record school = insertRecord(repository, PoliceRegisters::units(),
                                 unitValues(municipality, QStringLiteral("Centrumskolan 7–9")));
    qint64 drugsPromise = promiseTitled(QStringLiteral("Riktat arbete mot narkotika")).id;
    qint64 informationPromise = promiseTitled(QStringLiteral("Informationsspridning om narkotika")).id;
    qint64 trafficPromise = promiseTitled(QStringLiteral("Trafikkontroller")).id;

    // One valid record of each activity, dated inside the period and counting for its promise.
    QList<QPair<const RegisterSpec*, QVariantMap>> activities() const {
        const QDate day(2022, 3, 15);
        return {
            {&PoliceRegisters::visits(), visitValues(municipality, school.id, day, drugsPromise)},
            {&PoliceRegisters::drugOperations(), drugOperationValues(municipality, day, drugsPromise)},
            {&PoliceRegisters::trafficControls(), trafficControlValues(municipality, day, trafficPromise)},
            {&PoliceRegisters::informationEfforts(),
             informationValues(municipality, day, informationPromise)}};
    }
};

} // namespace lk::test
