#include "og/retention.h"

#include "db/settings.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "og/ogregisters.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::Retention)
};

const QString monthsSetting = QStringLiteral("og_retention_months");

// The fields thinning removes: what people wrote. The case code (a pseudonym) and the responsible
// organisation are not about the person and stay for statistics.
QStringList thinnedFields(const RegisterSpec& spec) {
    QStringList names;
    for (const FieldSpec& field : spec.fields) {
        if (field.isFreeText() && field.name != QStringLiteral("code") &&
            field.name != QStringLiteral("responsible"))
            names << field.name;
    }
    return names;
}

// Removes the free text of thinned records from the audit log's earlier rows too: thinning that left the
// text in the log would thin nothing.
Status scrubAudit(const QSqlDatabase& db, const RegisterSpec& spec, const QString& uuid) {
    const QStringList freeText = thinnedFields(spec);
    auto rows =
        sql::run(db,
                 QStringLiteral("SELECT id, old_values, new_values FROM audit_log WHERE table_name = ? "
                                "AND record_uuid = ?"),
                 {spec.table, uuid});
    if (!rows)
        return rows.error();
    QList<QVariantList> updates;
    while (rows->next()) {
        QVariantList update;
        for (int column : {1, 2}) {
            const QVariant json = rows->value(column);
            if (json.isNull()) {
                update << QVariant(QMetaType(QMetaType::QString));
                continue;
            }
            QJsonObject values = QJsonDocument::fromJson(json.toString().toUtf8()).object();
            for (const QString& name : std::as_const(freeText)) {
                if (values.contains(name))
                    values.insert(name, QJsonValue::Null);
            }
            update << QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
        }
        update << rows->value(0);
        updates << update;
    }
    for (const QVariantList& update : std::as_const(updates)) {
        if (auto ran = sql::run(
                db, QStringLiteral("UPDATE audit_log SET old_values = ?, new_values = ? WHERE id = ?"),
                update);
            !ran)
            return ran.error();
    }
    return {};
}

Record withoutFreeText(const RegisterSpec& spec, Record record) {
    for (const QString& name : thinnedFields(spec))
        record.values.remove(name);
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

Result<QList<Retention::Due>> Retention::due(const Repository& repository, const QDate& today) {
    auto limit = months(repository);
    if (!limit)
        return limit.error();
    const QDate cutoff = today.addMonths(-*limit);
    // The latest activity of a case is its latest discussion, or its opening when it was never discussed.
    auto cases =
        sql::run(repository.database(),
                 QStringLiteral("SELECT c.uuid, c.code, c.status, c.closed_on, "
                                "COALESCE((SELECT MAX(m.held_on) FROM og_case_notes n JOIN og_meetings m "
                                "ON m.id = n.meeting_id WHERE n.case_id = c.id), c.opened_on) "
                                "FROM og_cases c WHERE c.thinned_on IS NULL ORDER BY c.code"));
    if (!cases)
        return cases.error();
    QList<Due> due;
    while (cases->next()) {
        const bool closed = cases->value(2).toString() == QStringLiteral("avslutad");
        const QDate closedOn = QDate::fromString(cases->value(3).toString(), Qt::ISODate);
        const QDate lastActivity = QDate::fromString(cases->value(4).toString(), Qt::ISODate);
        if (closed && closedOn.isValid() && closedOn <= cutoff)
            due.append({cases->value(0).toString(), cases->value(1).toString(),
                        Text::tr("closed %1").arg(closedOn.toString(Qt::ISODate)), closedOn});
        else if (lastActivity.isValid() && lastActivity <= cutoff)
            due.append({cases->value(0).toString(), cases->value(1).toString(),
                        Text::tr("no activity since %1").arg(lastActivity.toString(Qt::ISODate)),
                        lastActivity});
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
    int thinned = 0;
    for (const QString& uuid : caseUuids) {
        auto found = repository.find(cases, uuid);
        if (!found)
            return found.error();
        if (!*found || (*found)->value(QStringLiteral("thinned_on")).isValid())
            continue;
        Record after = withoutFreeText(cases, **found);
        after.values.insert(QStringLiteral("thinned_on"), today);
        if (auto updated = repository.update(cases, **found, after, Repository::Stamp::Now); !updated)
            return updated.error();
        if (auto scrubbed = scrubAudit(db, cases, uuid); !scrubbed)
            return scrubbed.error();
        auto discussions = repository.list(notes, QStringLiteral("case_id"), (*found)->id);
        if (!discussions)
            return discussions.error();
        for (const Record& note : *discussions) {
            if (auto updated =
                    repository.update(notes, note, withoutFreeText(notes, note), Repository::Stamp::Now);
                !updated)
                return updated.error();
            if (auto scrubbed = scrubAudit(db, notes, note.uuid); !scrubbed)
                return scrubbed.error();
        }
        ++thinned;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return thinned;
}

} // namespace lk
