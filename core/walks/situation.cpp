#include "walks/situation.h"

#include "common/isodate.h"
#include "db/sql.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace lk {

int Situation::rank(const QString& level) {
    if (level == QStringLiteral("hog"))
        return 0;
    if (level == QStringLiteral("medel"))
        return 1;
    if (level == QStringLiteral("lag"))
        return 2;
    return 3;
}

QString Situation::latestAssessment(const QString& place) {
    return QStringLiteral(
               "(SELECT l.id FROM place_assessments l WHERE l.place_id = %1.id AND l.assessed_on <= ? "
               "ORDER BY l.assessed_on DESC, l.id DESC LIMIT 1)")
        .arg(place);
}

Result<QList<Situation::PlaceState>> Situation::at(const Repository& repository, qint64 municipalityId,
                                                   const QDate& date) {
    auto query = sql::run(
        repository.database(),
        QStringLiteral("SELECT p.id, p.uuid, p.name, p.address, p.category, a.level, a.assessed_on, a.source "
                       "FROM places p LEFT JOIN place_assessments a ON a.id = ") +
            latestAssessment(QStringLiteral("p")) +
            QStringLiteral(" WHERE p.municipality_id = ? AND (a.id IS NOT NULL OR NOT EXISTS ("
                           "SELECT 1 FROM place_assessments n WHERE n.place_id = p.id))"),
        {isoDate(date), municipalityId});
    if (!query)
        return query.error();
    QList<PlaceState> states;
    while (query->next()) {
        states.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                       query->value(3).toString(), query->value(4).toString(), query->value(5).toString(),
                       QDate::fromString(query->value(6).toString(), Qt::ISODate),
                       query->value(7).toString()});
    }
    std::stable_sort(states.begin(), states.end(), [](const PlaceState& a, const PlaceState& b) {
        if (rank(a.level) != rank(b.level))
            return rank(a.level) < rank(b.level);
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return states;
}

Result<QList<Situation::PlaceChange>> Situation::changes(const Repository& repository, qint64 municipalityId,
                                                         const QDate& from, const QDate& to) {
    auto before = at(repository, municipalityId, from);
    if (!before)
        return before.error();
    auto after = at(repository, municipalityId, to);
    if (!after)
        return after.error();
    return changes(*before, *after);
}

QList<Situation::PlaceChange> Situation::changes(const QList<PlaceState>& before,
                                                 const QList<PlaceState>& after) {
    QHash<qint64, QString> earlier;
    for (const PlaceState& state : before)
        earlier.insert(state.placeId, state.level);
    QList<PlaceChange> changed;
    for (const PlaceState& state : after) {
        if (state.level.isEmpty())
            continue;
        const QString was = earlier.value(state.placeId);
        if (was.isEmpty())
            changed.append({state, was, Change::New});
        else if (rank(state.level) < rank(was))
            changed.append({state, was, Change::Higher});
        else if (rank(state.level) > rank(was))
            changed.append({state, was, Change::Lower});
    }
    return changed;
}

} // namespace lk
