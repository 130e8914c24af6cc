#include "walks/pins.h"

#include "common/isodate.h"
#include "db/sql.h"
#include "walks/situation.h"
#include "walks/walkfollowup.h"

namespace lk {

namespace {

// Both kinds of pin in one list, so that a view reads its map in one statement. `kind` orders places before
// observations; the place's level is its latest assessment up to the day given.
const QString placeColumns =
    QStringLiteral("SELECT 0 AS kind, p.id, p.uuid, p.pin_x, p.pin_y, p.name AS title, "
                   "(SELECT a.level FROM place_assessments a WHERE a.id = ") +
    Situation::latestAssessment(QStringLiteral("p")) +
    QStringLiteral("), NULL, NULL, NULL, p.name COLLATE swedish AS sortkey FROM places p ");
const QString observationColumns =
    QStringLiteral("SELECT 1 AS kind, o.id, o.uuid, o.pin_x, o.pin_y, o.description AS title, NULL, "
                   "o.action, o.status, o.due_on, '' FROM observations o ");

Pins::State placeState(const QString& level) {
    if (level == QStringLiteral("hog"))
        return Pins::State::High;
    if (level == QStringLiteral("medel"))
        return Pins::State::Medium;
    if (level == QStringLiteral("lag"))
        return Pins::State::Low;
    return Pins::State::NotAssessed;
}

Pins::State actionState(const QVariant& action, const QString& status, const QString& dueOn,
                        const QDate& today) {
    if (action.isNull())
        return Pins::State::NoAction;
    if (status == QStringLiteral("atgardad"))
        return Pins::State::ActionFixed;
    if (status == QStringLiteral("avvisad"))
        return Pins::State::ActionRejected;
    // Open or in progress: late by the same rule as the actions' follow-up.
    Record observation;
    observation.values = {{observations::status, status.isEmpty() ? QStringLiteral("oppen") : status},
                          {observations::dueOn, QDate::fromString(dueOn, Qt::ISODate)}};
    return WalkFollowUp::isOverdue(observation, today) ? Pins::State::ActionOverdue : Pins::State::ActionOpen;
}

// A long description reads as its first line on a map.
QString titleOf(const QString& text) {
    const QString first = text.section(u'\n', 0, 0).trimmed();
    return first.isEmpty() ? text.trimmed() : first;
}

Result<QList<Pins::Pin>> read(const Repository& repository, const QString& statement,
                              const QVariantList& values, const QDate& today) {
    auto query = sql::run(repository.database(), statement, values);
    if (!query)
        return query.error();
    QList<Pins::Pin> pins;
    while (query->next()) {
        Pins::Pin pin;
        const bool place = query->value(0).toInt() == 0;
        pin.table = place ? places::table : observations::table;
        pin.id = query->value(1).toLongLong();
        pin.uuid = query->value(2).toString();
        pin.x = query->value(3).toReal();
        pin.y = query->value(4).toReal();
        pin.title = titleOf(query->value(5).toString());
        pin.state = place ? placeState(query->value(6).toString())
                          : actionState(query->value(7), query->value(8).toString(),
                                        query->value(9).toString(), today);
        pins.append(pin);
    }
    return pins;
}

} // namespace

Result<QList<Pins::Pin>> Pins::onMap(const Repository& repository, qint64 mapId, const QDate& today,
                                     qint64 walkId) {
    const QString iso = isoDate(today);
    return read(repository,
                placeColumns +
                    QStringLiteral("WHERE p.map_id = ? AND p.pin_x IS NOT NULL AND p.pin_y IS NOT NULL "
                                   "UNION ALL ") +
                    observationColumns +
                    QStringLiteral("WHERE o.map_id = ? AND o.pin_x IS NOT NULL AND o.pin_y IS NOT NULL "
                                   "AND (? = 0 OR o.walk_id = ?) ORDER BY kind, id"),
                {iso, mapId, mapId, walkId, walkId}, today);
}

Result<QList<Pins::Pin>> Pins::unpinned(const Repository& repository, qint64 municipalityId, qint64 walkId,
                                        const QDate& today) {
    const QString iso = isoDate(today);
    // A compound SELECT orders only by its columns: places by name (sortkey, in Swedish order from its first
    // SELECT's collation: PostgreSQL takes no expression such as COLLATE there), observations by id, the
    // order they were noted in.
    return read(repository,
                placeColumns +
                    QStringLiteral("WHERE p.municipality_id = ? AND (p.map_id IS NULL OR p.pin_x IS NULL "
                                   "OR p.pin_y IS NULL) UNION ALL ") +
                    observationColumns +
                    QStringLiteral("WHERE o.walk_id = ? AND (o.map_id IS NULL OR o.pin_x IS NULL OR "
                                   "o.pin_y IS NULL) ORDER BY kind, sortkey, id"),
                {iso, municipalityId, walkId}, today);
}

QString Pins::codeOf(State state) {
    switch (state) {
    case State::High:
        return QStringLiteral("hog");
    case State::Medium:
        return QStringLiteral("medel");
    case State::Low:
        return QStringLiteral("lag");
    case State::NotAssessed:
        return QStringLiteral("ej_bedomd");
    case State::ActionOpen:
        return QStringLiteral("oppen");
    case State::ActionOverdue:
        return QStringLiteral("forsenad");
    case State::ActionFixed:
        return QStringLiteral("atgardad");
    case State::ActionRejected:
        return QStringLiteral("avvisad");
    case State::NoAction:
        return QStringLiteral("ingen_atgard");
    }
    return {};
}

} // namespace lk
