// Helpers for the safety-walk tests: a Salem file with valid values for maps, places, assessments, walks and
// observations.
#pragma once

#include "../og/ogfixture.h"
#include "demo/demodata.h"
#include "demo/walkdemo.h"
#include "walks/walkregisters.h"

namespace lk::test {

inline QVariantMap placeValues(qint64 municipality, const QString& name = QStringLiteral("Gångtunneln"),
                               const QString& category = QStringLiteral("belysning")) {
    return {{QStringLiteral("municipality_id"), municipality},
            {QStringLiteral("name"), name},
            {QStringLiteral("address"), QStringLiteral("Rönningevägen 1")},
            {QStringLiteral("category"), category},
            {QStringLiteral("description"), QStringLiteral("Mörkt och skymd sikt.")}};
}

inline QVariantMap assessmentValues(qint64 place, const QDate& on, const QString& level,
                                    const QString& source = QStringLiteral("trygghetsvandring")) {
    return {{QStringLiteral("place_id"), place},
            {QStringLiteral("assessed_on"), on},
            {QStringLiteral("level"), level},
            {QStringLiteral("source"), source}};
}

inline QVariantMap walkValues(qint64 municipality, const QDate& on = QDate(2021, 10, 12),
                              const QString& area = QStringLiteral("Salems centrum")) {
    return {{QStringLiteral("municipality_id"), municipality},
            {QStringLiteral("walked_on"), on},
            {QStringLiteral("kind"), QStringLiteral("fysisk")},
            {QStringLiteral("starts_at"), QStringLiteral("18:30")},
            {QStringLiteral("light"), QStringLiteral("morker")},
            {QStringLiteral("area"), area}};
}

// An observation with an action in `status`; `done` for a fixed one.
inline QVariantMap actionValues(qint64 walk, const QDate& walkedOn, const QString& status,
                                const QDate& done = {}) {
    QVariantMap values{{QStringLiteral("walk_id"), walk},
                       {QStringLiteral("category"), QStringLiteral("belysning")},
                       {QStringLiteral("description"), QStringLiteral("Trasig lampa.")},
                       {QStringLiteral("action"), QStringLiteral("Byta lampa")},
                       {QStringLiteral("responsible"), QStringLiteral("Gatuenheten")},
                       {QStringLiteral("due_on"), WalkRegisters::dueByDefault(walkedOn)},
                       {QStringLiteral("status"), status}};
    if (done.isValid())
        values.insert(QStringLiteral("done_on"), done);
    if (status == QStringLiteral("avvisad"))
        values.insert(QStringLiteral("status_reason"), QStringLiteral("Ingen budget i år."));
    return values;
}

struct WalkFile : SalemFile {
    Record map = insertRecord(repository, WalkRegisters::maps(),
                              {{QStringLiteral("municipality_id"), municipality},
                               {QStringLiteral("name"), QStringLiteral("Centrum")},
                               {QStringLiteral("image"), WalkDemo::mapImage()}});
    Record walk = insertRecord(repository, WalkRegisters::walks(), walkValues(municipality));
};

// The demo file, with its six walks, nine places and one map.
struct WalkDemoFile {
    TestFile file{QStringLiteral("empty")};
    std::unique_ptr<Document> document = file.open();
    Repository repository = document->repository();
    qint64 municipality = 0;
    WalkDemoFile() {
        REQUIRE(DemoData::fill(repository, QStringLiteral("sample")).ok());
        municipality = scalar(*document, QStringLiteral("SELECT id FROM municipalities")).toLongLong();
    }
};

} // namespace lk::test
