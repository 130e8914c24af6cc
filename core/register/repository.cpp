#include "register/repository.h"

#include "register/namecheck.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "privacy/auditlog.h"
#include "register/commonnames.h"
#include "register/conflict.h"
#include "register/registry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace lk {

namespace {

// Gives lupdate and translate() the same context for the helpers below.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::Repository)
};

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// Column names come from a RegisterSpec, never from what a user typed.
QStringList columnNames(const RegisterSpec& spec) {
    QStringList names;
    for (const FieldSpec& field : spec.fields)
        names << field.name;
    return names;
}

// "UNIQUE constraint failed: og_cases.municipality_id, og_cases.code" from SQLite (or PostgreSQL's "Key
// (municipality_id, code)=(…) already exists"), told the user's way: the
// field and the value already taken, by another record of the same register.
QString unique(const RegisterSpec& spec, const Record& record, const QString& detail) {
    QStringList taken;
    for (const QString& name : Dialect::uniqueColumns(detail)) {
        const FieldSpec* field = spec.findField(name);
        if (field && field->type != FieldType::Reference)
            taken << QStringLiteral("“%1” %2").arg(field->displayLabel(),
                                                   field->displayText(record.value(name)));
    }
    if (taken.isEmpty())
        return detail;
    return Text::tr("%1 is already used by another %2.")
        .arg(taken.join(QStringLiteral(", ")), spec.displayName().toLower());
}

QString failed(const RegisterSpec& spec, const QString& detail) {
    return Text::tr("%1 could not be saved: %2").arg(spec.displayName(), detail);
}

} // namespace

QString Repository::selectColumns(const RegisterSpec& spec) const {
    return QStringLiteral("SELECT id, uuid, updated_at, version, ") +
           columnNames(spec).join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + spec.table;
}

Record Repository::readRecord(const RegisterSpec& spec, const QSqlQuery& query) {
    Record record;
    record.id = query.value(0).toLongLong();
    record.uuid = query.value(1).toString();
    record.updatedAt = query.value(2).toString();
    record.version = query.value(3).toLongLong();
    for (int i = 0; i < spec.fields.size(); ++i) {
        const QVariant value = spec.fields.at(i).normalized(query.value(i + leadingColumns));
        if (value.isValid())
            record.values.insert(spec.fields.at(i).name, value);
    }
    return record;
}

Result<std::optional<Record>> Repository::findWhere(const RegisterSpec& spec, const QString& column,
                                                    const QVariant& value) const {
    std::optional<Record> found;
    if (Status read = sql::eachRow(
            m_db, selectColumns(spec) + QStringLiteral(" WHERE ") + column + QStringLiteral(" = ?"), {value},
            [&](const QSqlQuery& query) {
                found = readRecord(spec, query);
                return false;
            });
        !read)
        return read.error();
    return found;
}

Result<std::optional<Record>> Repository::find(const RegisterSpec& spec, const QString& uuid) const {
    return findWhere(spec, QStringLiteral("uuid"), uuid);
}

Result<std::optional<Record>> Repository::findById(const RegisterSpec& spec, qint64 id) const {
    return findWhere(spec, QStringLiteral("id"), id);
}

Result<QList<Record>> Repository::list(const RegisterSpec& spec, const QString& field,
                                       const QVariant& value) const {
    QString statement = selectColumns(spec);
    QVariantList values;
    if (!field.isEmpty()) {
        if (!spec.findField(field)) {
            NameCheck::missedField(spec.table, field);
            return Error{Text::tr("%1 has no field “%2”.").arg(spec.displayName(), field)};
        }
        statement += QStringLiteral(" WHERE ") + field + QStringLiteral(" = ?");
        values << value;
    }
    return listOrdered(spec, statement, values);
}

Result<QList<Record>> Repository::listIn(const RegisterSpec& spec, const QString& field,
                                         const QList<qint64>& values) const {
    if (!spec.findField(field)) {
        NameCheck::missedField(spec.table, field);
        return Error{Text::tr("%1 has no field “%2”.").arg(spec.displayName(), field)};
    }
    if (values.isEmpty())
        return QList<Record>{};
    QStringList marks;
    QVariantList bound;
    for (qint64 value : values) {
        marks << QStringLiteral("?");
        bound << value;
    }
    return listOrdered(spec,
                       selectColumns(spec) + QStringLiteral(" WHERE ") + field + QStringLiteral(" IN (") +
                           marks.join(QLatin1Char(',')) + QLatin1Char(')'),
                       bound);
}

Result<QList<Record>> Repository::listOfMunicipality(const RegisterSpec& spec, qint64 municipalityId) const {
    // The condition is the spec's own (its table and owner), never user text; t names the table.
    return listOrdered(spec, selectColumns(spec) + QStringLiteral(" t WHERE ") + spec.municipalityCondition(),
                       {municipalityId});
}

Result<QList<Record>> Repository::listOrdered(const RegisterSpec& spec, QString statement,
                                              const QVariantList& values) const {
    statement += QStringLiteral(" ORDER BY ") +
                 (spec.orderBy.isEmpty() ? QStringLiteral("id") : spec.orderBy + QStringLiteral(", id"));
    QList<Record> records;
    if (Status read = sql::eachRow(m_db, statement, values,
                                   [&](const QSqlQuery& query) {
                                       records.append(readRecord(spec, query));
                                       return true;
                                   });
        !read)
        return read.error();
    return records;
}

Result<qint64> Repository::municipalityOf(const RegisterSpec& spec, const Record& record) const {
    if (spec.findField(common::municipalityId))
        return record.value(common::municipalityId).toLongLong();
    const FieldSpec* owner = spec.parentField();
    const RegisterSpec* ownerSpec = owner ? Registry::named(owner->references) : nullptr;
    if (!ownerSpec)
        return qint64(0);
    auto found = findById(*ownerSpec, record.value(owner->name).toLongLong());
    if (!found)
        return found.error();
    return *found ? municipalityOf(*ownerSpec, **found) : Result<qint64>(qint64(0));
}

Result<QList<RowChange>> Repository::dependents(const RegisterSpec& spec, const Record& record) const {
    auto found = collectDependents(spec, record);
    if (!found)
        return found.error();
    // A record owned twice (a case discussion: by its case and by its meeting) is found twice: it is deleted
    // once, at its first place, which comes before both owners; a record that is deleted is not also
    // unlinked.
    QSet<QString> deleted;
    for (const RowChange& row : *found) {
        if (!row.after)
            deleted.insert(row.spec->table + u'/' + row.before->uuid);
    }
    QList<RowChange> unique;
    QSet<QString> seen;
    for (const RowChange& row : *found) {
        const QString key = row.spec->table + u'/' + row.before->uuid;
        if ((row.after && deleted.contains(key)) || seen.contains(key))
            continue;
        seen.insert(key);
        unique.append(row);
    }
    // Links are cleared first; then records go in reverse registry order (a register after those it points at
    // in the registry), so that undo, which replays this backwards, puts every record back after all it
    // points at, links included (a meeting after the promise it counts for).
    const auto rank = [](const RowChange& row) {
        return row.after ? -1 : int(Registry::all().size() - Registry::all().indexOf(row.spec));
    };
    std::stable_sort(unique.begin(), unique.end(),
                     [&rank](const RowChange& a, const RowChange& b) { return rank(a) < rank(b); });
    return unique;
}

Result<QList<RowChange>> Repository::collectDependents(const RegisterSpec& spec, const Record& record) const {
    QList<RowChange> found;
    for (const RegisterSpec* child : Registry::all()) {
        for (const FieldSpec& field : child->fields) {
            if (field.type != FieldType::Reference || field.references != spec.table)
                continue;
            auto children = list(*child, field.name, record.id);
            if (!children)
                return children.error();
            for (const Record& row : *children) {
                if (!field.owned) {
                    Record unlinked = row;
                    unlinked.values.remove(field.name);
                    found.append({child, row, unlinked});
                    continue;
                }
                auto deeper = collectDependents(*child, row);
                if (!deeper)
                    return deeper.error();
                found.append(*deeper);
                found.append({child, row, std::nullopt});
            }
        }
    }
    return found;
}

Result<qint64> Repository::nextId(const RegisterSpec& spec) const {
    return Dialect::newKey(m_db, spec.table);
}

Result<qint64> Repository::nextPosition(const RegisterSpec& spec, const Record& record) const {
    QString statement = QStringLiteral("SELECT COALESCE(MAX(") + spec.sortField +
                        QStringLiteral("), 0) + 1 FROM ") + spec.table;
    QVariantList values;
    if (const FieldSpec* parent = spec.parentField()) {
        statement += QStringLiteral(" WHERE ") + parent->name + QStringLiteral(" = ?");
        values << parent->toStorage(record.value(parent->name));
    }
    auto next = sql::scalar(m_db, statement, values);
    if (!next)
        return next.error();
    return next->toLongLong();
}

QString Repository::insertStatement(const RegisterSpec& spec, bool keyed, Engine engine) {
    // The same text for every record of a register: made once (an import inserts a quarter of a million).
    thread_local QHash<std::pair<const RegisterSpec*, int>, QString> made;
    QString& statement = made[{&spec, int(keyed) | (engine == Engine::Postgres ? 2 : 0)}];
    if (statement.isEmpty()) {
        QStringList columns{QStringLiteral("uuid"), QStringLiteral("updated_at")};
        if (keyed)
            columns.prepend(QStringLiteral("id"));
        columns << columnNames(spec);
        QStringList marks;
        marks.fill(QStringLiteral("?"), columns.size());
        statement = Dialect::insertReturningKey(
            engine, QStringLiteral("INSERT INTO ") + spec.table + QStringLiteral(" (") +
                        columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
                        marks.join(QStringLiteral(", ")) + QStringLiteral(")"));
    }
    return statement;
}

Result<Record> Repository::insert(const RegisterSpec& spec, Record record, Stamp stamp, Fields fields) const {
    // Fields that were checked one by one (an import names the field as its file does) are not checked
    // again: only the register's rule, which needs them all, is left (unless derive() changed them). Checking
    // every field twice was a twentieth of an import.
    const bool checked = fields == Fields::Checked && !spec.derive;
    if (!checked)
        record = spec.normalized(std::move(record));
    if (spec.derive)
        spec.derive(record);
    if (auto valid = checked ? (spec.rule ? spec.rule(spec, record) : Status()) : spec.validate(record);
        !valid)
        return Error{failed(spec, valid.message())};
    if (record.uuid.isEmpty())
        record.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (stamp == Stamp::Now || record.updatedAt.isEmpty())
        record.updatedAt = now();
    if (!spec.sortField.isEmpty() && !record.values.contains(spec.sortField)) {
        // A new record without a place in the user's order goes last among its siblings.
        auto position = nextPosition(spec, record);
        if (!position)
            return Error{failed(spec, position.message())};
        record.values.insert(spec.sortField, *position);
    }

    QVariantList stored; // the fields as the file holds them, for the row and its audit row
    stored.reserve(spec.fields.size());
    for (const FieldSpec& field : spec.fields)
        stored << field.toStorage(record.value(field.name));
    QVariantList values{record.uuid, record.updatedAt};
    values.reserve(spec.fields.size() + 3);
    const bool keyed =
        record.id > 0; // a record coming back through undo keeps its key, so its children follow
    if (keyed)
        values.prepend(record.id);
    values << stored;
    auto written = sql::write(m_db, insertStatement(spec, keyed, engineOf(m_db)), values);
    if (!written)
        return Error{failed(spec, unique(spec, record, written.message()))};
    record.id = written->lastInsertId.toLongLong();
    record.version = 1; // the column's default: a record put back by undo starts its count again
    if (auto audited = AuditLog::writeInsert(m_db, spec, record.uuid, stored); !audited)
        return Error{failed(spec, audited.message())};
    return record;
}

Result<Record> Repository::update(const RegisterSpec& spec, const Record& before, Record after,
                                  Stamp stamp) const {
    after = spec.normalized(std::move(after));
    if (spec.derive)
        spec.derive(after);
    if (auto valid = spec.validate(after); !valid)
        return Error{failed(spec, valid.message())};
    // A record that comes without its place in the user's order (an import) keeps the one it has.
    if (!spec.sortField.isEmpty() && !after.values.contains(spec.sortField))
        after.values.insert(spec.sortField, before.value(spec.sortField));
    after.id = before.id;
    after.uuid = before.uuid;
    if (stamp == Stamp::Now || after.updatedAt.isEmpty())
        after.updatedAt = now();

    QStringList assignments{QStringLiteral("updated_at = ?"), QStringLiteral("version = version + 1")};
    QVariantList values{after.updatedAt};
    for (const FieldSpec& field : spec.fields) {
        assignments << field.name + QStringLiteral(" = ?");
        values << field.toStorage(after.value(field.name));
    }
    values << before.uuid;
    QString statement = QStringLiteral("UPDATE ") + spec.table + QStringLiteral(" SET ") +
                        assignments.join(QStringLiteral(", ")) + QStringLiteral(" WHERE uuid = ?");
    if (before.version > 0) {
        statement += QStringLiteral(" AND version = ?");
        values << before.version;
    }
    auto written = sql::write(m_db, statement, values);
    if (!written)
        return Error{failed(spec, unique(spec, after, written.message()))};
    if (written->rowsAffected != 1)
        return conflict(spec, before.uuid);
    if (before.version > 0) {
        after.version = before.version + 1;
    } else {
        auto version = sql::scalar(
            m_db, QStringLiteral("SELECT version FROM ") + spec.table + QStringLiteral(" WHERE uuid = ?"),
            {before.uuid});
        if (!version)
            return Error{failed(spec, version.message())};
        after.version = version->toLongLong();
    }
    if (auto audited = AuditLog::write(m_db, spec, before, after); !audited)
        return Error{failed(spec, audited.message())};
    return after;
}

Status Repository::remove(const RegisterSpec& spec, const Record& before) const {
    QString statement = QStringLiteral("DELETE FROM ") + spec.table + QStringLiteral(" WHERE uuid = ?");
    QVariantList values{before.uuid};
    if (before.version > 0) {
        statement += QStringLiteral(" AND version = ?");
        values << before.version;
    }
    auto written = sql::write(m_db, statement, values);
    if (!written)
        return Error{Text::tr("%1 could not be deleted: %2").arg(spec.displayName(), written.message())};
    if (written->rowsAffected != 1)
        return conflict(spec, before.uuid);
    if (auto audited = AuditLog::write(m_db, spec, before, std::nullopt); !audited)
        return audited;
    // A deleted record's text about a person leaves the log with it (undo brings it back from memory).
    return AuditLog::forgetPersonalText(m_db, spec, before.uuid);
}

Error Repository::conflict(const RegisterSpec& spec, const QString& uuid) const {
    auto shared = std::make_shared<Conflict>();
    shared->spec = &spec;
    shared->uuid = uuid;
    if (auto found = find(spec, uuid); found)
        shared->theirs = *found;
    else
        return Error{failed(spec, found.message())};
    // Who wrote the row last: the audit row of that change.
    auto last =
        sql::run(m_db,
                 QStringLiteral("SELECT user_name, changed_at FROM audit_log WHERE table_name = ? AND "
                                "record_uuid = ? ORDER BY id DESC LIMIT 1"),
                 {spec.table, uuid});
    if (last && last->next()) {
        shared->changedBy = last->value(0).toString();
        shared->changedAt = last->value(1).toString();
    }
    const QString who = shared->changedBy.isEmpty() ? Text::tr("another user") : shared->changedBy;
    const QDateTime at = QDateTime::fromString(shared->changedAt, Qt::ISODate);
    const QString when =
        at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    QString message;
    if (!shared->theirs && shared->changedBy.isEmpty()) // never here, as far as the log knows
        message = failed(spec, Text::tr("it no longer exists (it may have been deleted)."));
    else if (shared->theirs)
        message = when.isEmpty()
                      ? Text::tr("%1 was changed by %2 after it was read here; nothing was saved.")
                            .arg(spec.displayName(), who)
                      : Text::tr("%1 was changed by %2 at %3 after it was read here; nothing was saved.")
                            .arg(spec.displayName(), who, when);
    else
        message = when.isEmpty()
                      ? Text::tr("%1 was deleted by %2 after it was read here; nothing was saved.")
                            .arg(spec.displayName(), who)
                      : Text::tr("%1 was deleted by %2 at %3 after it was read here; nothing was saved.")
                            .arg(spec.displayName(), who, when);
    return Error{message, Error::Cause::Conflict, {}, std::move(shared)};
}

Result<ChangeSet> Repository::apply(const ChangeSet& changes, Stamp stamp) const {
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    ChangeSet applied;
    for (const RowChange& row : changes.rows) {
        if (row.before && row.after) {
            auto updated = update(*row.spec, *row.before, *row.after, stamp);
            if (!updated)
                return updated.error();
            applied.update(*row.spec, *row.before, *updated);
        } else if (row.after) {
            auto inserted = insert(*row.spec, *row.after, stamp);
            if (!inserted)
                return inserted.error();
            applied.insert(*row.spec, *inserted);
        } else if (row.before) {
            if (auto removed = remove(*row.spec, *row.before); !removed)
                return removed.error();
            applied.remove(*row.spec, *row.before);
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return applied;
}

} // namespace lk
