// Helpers for the tobacco tests: a Salem file with a retailer, the tobacco promise, and valid values for
// retailers, inspections with their checklist results, and test purchases.
#pragma once

#include "../og/ogfixture.h"
#include "tobacco/tobaccoregisters.h"

namespace lk::test {

// A company's organisation number with a correct check digit: "NNNNNN-NNNN".
inline QString organisationNumber(const QString& nine = QStringLiteral("556301240")) {
    return nine.left(6) + u'-' + nine.mid(6) + QString::number(PersonalNumber::checkDigit(nine));
}

inline QVariantMap retailerValues(qint64 municipality,
                                  const QString& name = QStringLiteral("Livs i Salems centrum")) {
    return {{QStringLiteral("municipality_id"), municipality},
            {QStringLiteral("name"), name},
            {QStringLiteral("org_number"), organisationNumber()},
            {QStringLiteral("address"), QStringLiteral("Salems centrum 5")},
            {QStringLiteral("has_permit"), true},
            {QStringLiteral("permit_number"), QStringLiteral("2019-032")},
            {QStringLiteral("permit_on"), QDate(2019, 5, 2)},
            {QStringLiteral("sells_folkol"), true},
            {QStringLiteral("status"), QStringLiteral("aktiv")}};
}

inline QVariantMap purchaseValues(qint64 retailer, const QDate& day,
                                  const QString& outcome = QStringLiteral("fragade_leg"), int age = 18) {
    return {{QStringLiteral("retailer_id"), retailer},
            {QStringLiteral("made_on"), day},
            {QStringLiteral("made_at"), QStringLiteral("16:45")},
            {QStringLiteral("till"), QStringLiteral("Kassa 1")},
            {QStringLiteral("buyer_age"), age},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("informed_on"), day}};
}

inline QVariantMap inspectionValues(qint64 retailer, const QDate& day,
                                    const QString& decision = QStringLiteral("ingen"),
                                    const QString& kind = QStringLiteral("ordinarie")) {
    QVariantMap values{{QStringLiteral("retailer_id"), retailer},
                       {QStringLiteral("held_on"), day},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("organisations"), QStringLiteral("Kommunen, Polisen")},
                       {QStringLiteral("findings"), QStringLiteral("Skylten saknades vid kassan.")},
                       {QStringLiteral("decision"), decision}};
    if (decision != QStringLiteral("ingen"))
        values.insert(QStringLiteral("decided_on"), day.addDays(10));
    return values;
}

// Salem 2021–2022 with one retailer and the checklist every file starts with.
struct TobaccoFile : SalemFile {
    // On PostgreSQL a database of its own on the test server, for a test tagged [postgres].
    explicit TobaccoFile(Engine engine = Engine::Sqlite)
        : SalemFile(engine) {}

    Record retailer = insertRecord(repository, TobaccoRegisters::retailers(), retailerValues(municipality));
    QList<Record> points = listed(TobaccoRegisters::checklistPoints());
    qint64 tobaccoPromise = promiseTitled(QStringLiteral("Tobakstillsyn och kontrollköp")).id;

    QList<Record> listed(const RegisterSpec& spec) const {
        auto records = repository.list(spec);
        REQUIRE(records.ok());
        return *records;
    }

    // An inspection with a result for every point: "brist" for the points at `deficient`, "ok" for the rest.
    Record inspect(const QDate& day, const QList<int>& deficient = {},
                   const QString& decision = QStringLiteral("ingen"),
                   const QString& kind = QStringLiteral("ordinarie"), qint64 at = 0) const {
        const Record inspection = insertRecord(repository, TobaccoRegisters::inspections(),
                                               inspectionValues(at ? at : retailer.id, day, decision, kind));
        for (int i = 0; i < points.size(); ++i)
            insertRecord(repository, TobaccoRegisters::inspectionResults(),
                         {{QStringLiteral("inspection_id"), inspection.id},
                          {QStringLiteral("point_id"), points.at(i).id},
                          {QStringLiteral("result"),
                           deficient.contains(i) ? QStringLiteral("brist") : QStringLiteral("ok")}});
        return inspection;
    }
};

} // namespace lk::test
