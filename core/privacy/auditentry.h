// AuditEntry: one row of the audit log as it is stored: who, when, what, and the values before and after.
#pragma once

#include <QString>

namespace lk {

struct AuditEntry {
    qint64 id = 0;
    QString changedAt; // ISO 8601 UTC with milliseconds, as AuditLog writes it
    QString user;
    QString action;  // "insert", "update" or "delete"
    QString table;   // a register's table, or "settings"
    QString key;     // the record's UUID, or the setting's name
    QString oldJson; // null for an insert
    QString newJson; // null for a delete
};

} // namespace lk
