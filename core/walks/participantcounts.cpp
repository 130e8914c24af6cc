#include "walks/participantcounts.h"

#include "db/sql.h"
#include "document/document.h"
#include "walks/walkregisters.h"

#include <QSqlQuery>

namespace lk {

Result<QMap<QString, int>> ParticipantCounts::of(const Repository& repository, qint64 walkId) {
    auto rows = sql::run(
        repository.database(),
        QStringLiteral("SELECT participant_group, count FROM walk_participants WHERE walk_id = ?"), {walkId});
    if (!rows)
        return rows.error();
    QMap<QString, int> counts;
    while (rows->next())
        counts.insert(rows->value(0).toString(), rows->value(1).toInt());
    return counts;
}

Result<ParticipantCounts::Saved> ParticipantCounts::save(Document& document, qint64 walkId,
                                                         const QString& group, int count) {
    const RegisterSpec& spec = WalkRegisters::participants();
    auto stored = sql::run(document.repository().database(),
                           QStringLiteral("SELECT uuid, count FROM walk_participants WHERE walk_id = ? AND "
                                          "participant_group = ?"),
                           {walkId, group});
    if (!stored)
        return stored.error();
    Saved saved;
    if (stored->next()) {
        const QString uuid = stored->value(0).toString();
        if (stored->value(1).toInt() == count) {
            saved.sameCount = true;
            return saved;
        }
        saved.written = count == 0 ? document.remove(spec, uuid)
                                   : document.update(spec, uuid, {{walkParticipants::count, count}});
    } else if (count > 0) {
        Record record;
        record.values = {{walkParticipants::walkId, walkId},
                         {walkParticipants::participantGroup, group},
                         {walkParticipants::count, count}};
        if (auto inserted = document.insert(spec, record); !inserted)
            saved.written = inserted.error();
    }
    return saved;
}

} // namespace lk
