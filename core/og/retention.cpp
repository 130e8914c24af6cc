#include "og/retention.h"

#include "common/isodate.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "og/ogregisters.h"
#include "privacy/auditlog.h"
#include "register/settings.h"
#include "search/searchindex.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::Retention)
};

const QString monthsSetting = QStringLiteral("og_retention_months");

// Thinning removes what people wrote about the person; the case code and the responsible organisation are not
// about the person and stay, with the dates, path and outcome, for the statistics.
Record withoutPersonalText(const RegisterSpec& spec, Record record) {
    for (const FieldSpec& field : spec.fields) {
        if (field.aboutPerson)
            record.values.remove(field.name);
    }
    return record;
}

} // namespace

Result<int> Retention::months(const Repository& repository) {
    return Settings(repository.database()).number(monthsSetting, defaultMonths);
}

Status Retention::setMonths(const Repository& repository, int months) {
    if (months < 1 || months > 240)
        return Error{Text::tr("The retention time must be between 1 and 240 months.")};
    return Settings(repository.database()).setValue(monthsSetting, QString::number(months));
}

Result<QList<Retention::Due>> Retention::due(const Repository& repository, qint64 municipalityId,
                                             const QDate& today) {
    auto limit = months(repository);
    if (!limit)
        return limit.error();
    const QDate cutoff = today.addMonths(-*limit);
    // The latest activity of a case is its latest discussion, or its opening when it was never discussed. A
    // thinned case comes back when something about the person was written since (a later discussion).
    auto cases = sql::run(
        repository.database(),
        QStringLiteral(
            "SELECT c.uuid, c.code, c.status, c.closed_on, "
            "COALESCE((SELECT MAX(m.held_on) FROM og_case_notes n JOIN og_meetings m "
            "ON m.id = n.meeting_id WHERE n.case_id = c.id), c.opened_on), mu.name "
            "FROM og_cases c JOIN municipalities mu ON mu.id = c.municipality_id "
            "WHERE (? = 0 OR c.municipality_id = ?) AND (c.thinned_on IS NULL OR c.background IS NOT NULL "
            "OR EXISTS (SELECT 1 FROM og_case_notes n WHERE n.case_id = c.id AND "
            "(n.note IS NOT NULL OR n.decisions IS NOT NULL))) ORDER BY mu.name, c.code"),
        {municipalityId, municipalityId});
    if (!cases)
        return cases.error();
    QList<Due> due;
    while (cases->next()) {
        const bool closed = cases->value(2).toString() == QStringLiteral("avslutad");
        const QDate closedOn = QDate::fromString(cases->value(3).toString(), Qt::ISODate);
        const QDate lastActivity = QDate::fromString(cases->value(4).toString(), Qt::ISODate);
        Due item{cases->value(0).toString(), cases->value(1).toString(), {}, {}, cases->value(5).toString()};
        if (closed) {
            // A closed case counts from its closing (or a later discussion), never from its opening.
            item.since = std::max(closedOn, lastActivity);
            item.reason = Text::tr("closed %1").arg(isoDate(closedOn));
        } else {
            item.since = lastActivity;
            item.reason = Text::tr("no activity since %1").arg(isoDate(lastActivity));
        }
        if (item.since.isValid() && item.since <= cutoff)
            due.append(item);
    }
    return due;
}

Result<int> Retention::thin(const Repository& repository, const QStringList& caseUuids, const QDate& today) {
    const RegisterSpec& cases = OgRegisters::cases();
    const RegisterSpec& notes = OgRegisters::caseNotes();
    const QSqlDatabase db = repository.database();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();
    // Checked again inside the transaction: a list on screen may be older than an edit that made a case
    // active.
    auto dueNow = due(repository, 0, today);
    if (!dueNow)
        return dueNow.error();
    QSet<QString> stillDue;
    for (const Due& item : *dueNow)
        stillDue.insert(item.uuid);
    int thinned = 0;
    for (const QString& uuid : caseUuids) {
        if (!stillDue.contains(uuid))
            continue;
        auto found = repository.find(cases, uuid);
        if (!found)
            return found.error();
        if (!*found)
            continue;
        Record after = withoutPersonalText(cases, **found);
        after.values.insert(ogCases::thinnedOn, today);
        if (auto updated = repository.update(cases, **found, after, Repository::Stamp::Now); !updated)
            return updated.error();
        if (auto forgotten = AuditLog::forgetPersonalText(db, cases, uuid); !forgotten)
            return forgotten.error();
        // Discussions deleted earlier (with a meeting, or from it) kept their text in their delete rows.
        if (auto forgotten = AuditLog::forgetPersonalTextWhere(db, notes, ogCaseNotes::caseId, (*found)->id);
            !forgotten)
            return forgotten.error();
        auto discussions = repository.list(notes, ogCaseNotes::caseId, (*found)->id);
        if (!discussions)
            return discussions.error();
        for (const Record& note : *discussions) {
            const Record thinnedNote = withoutPersonalText(notes, note);
            if (thinnedNote.values == note.values)
                continue;
            if (auto updated = repository.update(notes, note, thinnedNote, Repository::Stamp::Now); !updated)
                return updated.error();
            if (auto forgotten = AuditLog::forgetPersonalText(db, notes, note.uuid); !forgotten)
                return forgotten.error();
        }
        ++thinned;
    }
    // The search index dropped the thinned text with the records' update, but keeps its words in its older
    // pieces until they are merged: merged now, so that the words leave the file with the text.
    if (thinned > 0) {
        if (auto purged = SearchIndex::purge(db); !purged)
            return purged.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    // Out of the write-ahead log too, at once: the text is gone from the file, not just from its tables.
    if (auto flushed = Database::flushLog(db); !flushed)
        return flushed.error();
    return thinned;
}

} // namespace lk
