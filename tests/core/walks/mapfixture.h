// Helpers for the map tests: a Salem file with a map image of a known size, and valid places, assessments,
// walks and observations to pin on it.
#pragma once

#include "../og/ogfixture.h"
#include "walks/walkregisters.h"

#include <QBuffer>
#include <QImage>

namespace lk::test {

// A plain PNG twice as wide as it is high, so that fractions across and down are told apart.
inline QByteArray mapPng(int width = 400, int height = 200) {
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0xf2, 0xef, 0xe6));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

inline QVariantMap mapValues(qint64 municipality, const QString& name = QStringLiteral("Salems centrum")) {
    return {{QStringLiteral("municipality_id"), municipality},
            {QStringLiteral("name"), name},
            {QStringLiteral("image"), mapPng()},
            {QStringLiteral("note"), QStringLiteral("Kommunens karttjänst, 2022")}};
}

// A place, pinned at (`x`, `y`) on `map` unless `map` is 0.
inline QVariantMap placeOnMap(qint64 municipality, const QString& name, qint64 map = 0, double x = 0,
                              double y = 0) {
    QVariantMap values{{QStringLiteral("municipality_id"), municipality},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("category"), QStringLiteral("belysning")},
                       {QStringLiteral("description"), QStringLiteral("Mörkt och skymd sikt.")}};
    if (map > 0) {
        values.insert(QStringLiteral("map_id"), map);
        values.insert(QStringLiteral("pin_x"), x);
        values.insert(QStringLiteral("pin_y"), y);
    }
    return values;
}

inline QVariantMap assessmentOf(qint64 place, const QDate& on, const QString& level) {
    return {{QStringLiteral("place_id"), place},
            {QStringLiteral("assessed_on"), on},
            {QStringLiteral("level"), level},
            {QStringLiteral("source"), QStringLiteral("trygghetsvandring")}};
}

inline QVariantMap walkOn(qint64 municipality, const QDate& on) {
    return {{QStringLiteral("municipality_id"), municipality},
            {QStringLiteral("walked_on"), on},
            {QStringLiteral("kind"), QStringLiteral("fysisk")},
            {QStringLiteral("area"), QStringLiteral("Rönninge centrum")}};
}

// An observation pinned at (`x`, `y`) on `map` unless `map` is 0; with an action in `status` due on `due`
// unless `status` is empty.
inline QVariantMap observationOnMap(qint64 walk, const QString& description, qint64 map = 0, double x = 0,
                                    double y = 0, const QString& status = {}, const QDate& due = {}) {
    QVariantMap values{{QStringLiteral("walk_id"), walk},
                       {QStringLiteral("category"), QStringLiteral("belysning")},
                       {QStringLiteral("description"), description}};
    if (map > 0) {
        values.insert(QStringLiteral("map_id"), map);
        values.insert(QStringLiteral("pin_x"), x);
        values.insert(QStringLiteral("pin_y"), y);
    }
    if (!status.isEmpty()) {
        values.insert(QStringLiteral("action"), QStringLiteral("Byt armaturen"));
        values.insert(QStringLiteral("responsible"), QStringLiteral("Gatuenheten"));
        values.insert(QStringLiteral("status"), status);
        values.insert(QStringLiteral("due_on"), due);
        if (status == QStringLiteral("avvisad"))
            values.insert(QStringLiteral("status_reason"), QStringLiteral("Privat mark"));
        if (status == QStringLiteral("atgardad"))
            values.insert(QStringLiteral("done_on"), QDate(2022, 3, 1));
    }
    return values;
}

// Salem 2021–2022 with one map and one walk.
struct MapFile : SalemFile {
    explicit MapFile(Engine engine = Engine::Sqlite)
        : SalemFile(engine) {}

    Record map = insertRecord(repository, WalkRegisters::maps(), mapValues(municipality));
    Record walk = insertRecord(repository, WalkRegisters::walks(), walkOn(municipality, QDate(2022, 4, 5)));

    Record place(const QString& name, qint64 onMap = 0, double x = 0, double y = 0) const {
        return insertRecord(repository, WalkRegisters::places(), placeOnMap(municipality, name, onMap, x, y));
    }
    void assess(const Record& place, const QDate& on, const QString& level) const {
        insertRecord(repository, WalkRegisters::placeAssessments(), assessmentOf(place.id, on, level));
    }
    Record observation(const QString& description, qint64 onMap = 0, double x = 0, double y = 0,
                       const QString& status = {}, const QDate& due = {}) const {
        return insertRecord(repository, WalkRegisters::observations(),
                            observationOnMap(walk.id, description, onMap, x, y, status, due));
    }
};

} // namespace lk::test
