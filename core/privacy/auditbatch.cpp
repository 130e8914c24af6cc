#include "privacy/auditbatch.h"

#include "db/sql.h"

#include <QHash>
#include <QStringList>

namespace lk {

namespace {

// The open batch of each connection, by its name (one connection per thread).
QHash<QString, AuditBatch*>& open() {
    thread_local QHash<QString, AuditBatch*> batches;
    return batches;
}

// The statement for `rows` rows, made once for each count.
const QString& statement(int rows) {
    thread_local QHash<int, QString> made;
    QString& text = made[rows];
    if (text.isEmpty()) {
        QStringList values;
        values.fill(QStringLiteral("(?, ?, 'insert', ?, ?, NULL, ?)"), rows);
        text =
            QStringLiteral("INSERT INTO audit_log (changed_at, user_name, action, table_name, record_uuid, "
                           "old_values, new_values) VALUES ") +
            values.join(QStringLiteral(", "));
    }
    return text;
}

} // namespace

AuditBatch::AuditBatch(QSqlDatabase db)
    : m_db(std::move(db)) {
    m_values.reserve(size * 5);
    open().insert(m_db.connectionName(), this);
}

AuditBatch::~AuditBatch() {
    open().remove(m_db.connectionName());
}

AuditBatch* AuditBatch::of(const QSqlDatabase& db) {
    return open().value(db.connectionName());
}

Status AuditBatch::add(const QString& changedAt, const QString& user, const QString& table,
                       const QString& uuid, const QString& newJson) {
    m_values << changedAt << user << table << uuid << newJson;
    return ++m_rows < size ? Status() : flush();
}

Status AuditBatch::flush() {
    if (m_rows == 0)
        return {};
    auto written = sql::write(m_db, statement(m_rows), m_values);
    m_values.clear();
    m_rows = 0;
    if (!written)
        return written.error();
    return {};
}

} // namespace lk
