// Repository: reads and writes the records of any register through its RegisterSpec, with an audit row per
// change.
#pragma once

#include "common/result.h"
#include "db/engine.h"
#include "register/changeset.h"
#include "register/record.h"
#include "register/registerspec.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace lk {

class Repository {
public:
    explicit Repository(QSqlDatabase db)
        : m_db(std::move(db)) {}

    Result<std::optional<Record>> find(const RegisterSpec& spec, const QString& uuid) const;
    Result<std::optional<Record>> findById(const RegisterSpec& spec, qint64 id) const;
    // All records, or those whose `field` equals `value`, in the register's natural order.
    Result<QList<Record>> list(const RegisterSpec& spec, const QString& field = {},
                               const QVariant& value = {}) const;
    // Those whose `field` is one of `values` (a few hundred at most: each is a bound value), in the
    // register's natural order: the children of several owners in one read instead of one read each.
    Result<QList<Record>> listIn(const RegisterSpec& spec, const QString& field,
                                 const QList<qint64>& values) const;
    // The records of one municipality (their own, or their owner's: a test purchase through its retailer), in
    // the register's natural order; every record when the register belongs to no municipality (the
    // checklist points).
    Result<QList<Record>> listOfMunicipality(const RegisterSpec& spec, qint64 municipalityId) const;
    // The municipality a record belongs to, by its own municipality_id or through the records that own it; 0
    // for a record of no municipality.
    Result<qint64> municipalityOf(const RegisterSpec& spec, const Record& record) const;
    // What deleting `record` takes with it, in the order to apply: records it owns are deleted, deepest
    // first; records that only link to it (a meeting's promise) are updated to link to nothing. Undo replays
    // both.
    Result<QList<RowChange>> dependents(const RegisterSpec& spec, const Record& record) const;
    // A key no record of `spec` has yet, for building linked new records in one ChangeSet.
    Result<qint64> nextId(const RegisterSpec& spec) const;

    enum class Stamp { Now, Keep };

    // Validates and applies every row in one transaction with its audit rows; all or nothing. Returns the
    // change as applied (inserted rows with their keys), which is what undo and redo replay.
    Result<ChangeSet> apply(const ChangeSet& changes, Stamp stamp = Stamp::Now) const;

    // Single writes for callers that hold their own transaction (import). Each validates and audits; a record
    // of a register with a manual order and no position of its own is put last among its siblings.
    // An update or delete of a `before` read from the database (its version set) applies only while the row
    // still has that version; otherwise it changes nothing and fails with Error::Cause::Conflict, carrying
    // the row as it is now (register/conflict.h). Every update raises the version by one.
    // Fields::Checked: every field of `record` is in its normalized form (FieldSpec::normalized, a yes/no
    // field present) and has passed FieldSpec::validate, so that only the register's rule is left to check.
    enum class Fields { Unchecked, Checked };
    Result<Record> insert(const RegisterSpec& spec, Record record, Stamp stamp,
                          Fields fields = Fields::Unchecked) const;
    Result<Record> update(const RegisterSpec& spec, const Record& before, Record after, Stamp stamp) const;
    Status remove(const RegisterSpec& spec, const Record& before) const;

    // The refusal of a write to a row that changed or went since it was read: the row as it is now and who
    // changed it last.
    Error conflict(const RegisterSpec& spec, const QString& uuid) const;

    QSqlDatabase database() const { return m_db; }

    // The record in the current row of a query whose columns start with id, uuid, updated_at, version and
    // then the spec's fields in order (as selectColumns gives them); further columns are left to the caller.
    static constexpr int leadingColumns = 4;
    static Record readRecord(const RegisterSpec& spec, const QSqlQuery& query);

private:
    Result<std::optional<Record>> findWhere(const RegisterSpec& spec, const QString& column,
                                            const QVariant& value) const;
    QString selectColumns(const RegisterSpec& spec) const;
    static QString insertStatement(const RegisterSpec& spec, bool keyed, Engine engine);
    // The records a select of the spec's columns finds, in the register's order.
    Result<QList<Record>> listOrdered(const RegisterSpec& spec, QString statement,
                                      const QVariantList& values) const;
    Result<qint64> nextPosition(const RegisterSpec& spec, const Record& record) const;
    Result<QList<RowChange>> collectDependents(const RegisterSpec& spec, const Record& record) const;

    QSqlDatabase m_db;
};

} // namespace lk
