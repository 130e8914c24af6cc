// AuditText: what a person reads of an audit row: the action and register by name, the record by its name,
// and each field by its label with its value before and after, from what the row stores and nothing more.
#pragma once

#include "privacy/auditentry.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace lk {

struct FieldSpec;

class AuditText {
public:
    // The columns of the log as the viewer shows them and the export writes them first.
    enum Column { Time, User, Action, Register, Record, Changes, ColumnCount };

    struct FieldChange {
        QString label;
        QString before; // empty when the field was empty, or the record did not exist
        QString after;
        bool changed = false;
    };

    // `db` names the records a field points at (a status's promise) by their name now.
    explicit AuditText(QSqlDatabase db);

    static QString columnTitle(int column);
    static QString actionName(const QString& action);
    static QString registerName(const QString& table);
    // "2021-03-15 10:42:07", in this computer's time zone.
    static QString localTime(const QString& changedAt);

    // The text of every column, in the order of Column.
    QStringList row(const AuditEntry& entry) const;
    // The record's name from the row's values (a promise's title), or its key when they hold none.
    QString recordName(const AuditEntry& entry) const;
    // Every field of the row, in the register's order; fields the program no longer knows come last, by key.
    QList<FieldChange> fields(const AuditEntry& entry) const;
    // One line: the fields that changed, old → new, each value shortened; for a new or deleted record its
    // values.
    QString summary(const AuditEntry& entry) const;

    // Names looked up again after the file changed.
    void forgetNames() { m_names.clear(); }

private:
    // The row's values, read from their JSON once for all the columns of a row.
    struct Values {
        QJsonObject before;
        QJsonObject after;
    };
    static Values valuesOf(const AuditEntry& entry);
    QString recordName(const AuditEntry& entry, const Values& values) const;
    QList<FieldChange> fields(const AuditEntry& entry, const Values& values) const;
    QString summary(const AuditEntry& entry, const Values& values) const;
    QString valueText(const FieldSpec* field, const QVariant& value) const;
    QString referenceName(const FieldSpec& field, qint64 id) const;

    QSqlDatabase m_db;
    mutable QHash<QString, QString> m_names; // "table:id" -> the name shown
};

} // namespace lk
