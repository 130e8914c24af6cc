#include "register/settings.h"

#include "db/sql.h"
#include "db/transaction.h"
#include "privacy/auditlog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lk {

namespace {
QString asJson(const QString& name, const QString& value) {
    return QString::fromUtf8(QJsonDocument(QJsonObject{{name, value}}).toJson(QJsonDocument::Compact));
}
} // namespace

Result<QString> Settings::value(const QString& name, const QString& fallback) const {
    auto stored = sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE name = ?"), {name});
    if (!stored)
        return stored.error();
    return stored->isValid() ? stored->toString() : fallback;
}

Result<int> Settings::number(const QString& name, int fallback) const {
    auto text = value(name, QString::number(fallback));
    if (!text)
        return text.error();
    bool ok = false;
    const int parsed = text->toInt(&ok);
    return ok ? parsed : fallback;
}

Status Settings::setValue(const QString& name, const QString& value) const {
    auto before = sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE name = ?"), {name});
    if (!before)
        return before.error();
    if (before->isValid() && before->toString() == value)
        return {};
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    // Standard SQL upsert, so a PostgreSQL file would take it as it is.
    auto stored = sql::run(m_db,
                           QStringLiteral("INSERT INTO settings (name, value) VALUES (?, ?) "
                                          "ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
                           {name, value});
    if (!stored)
        return stored.error();
    if (auto audited = AuditLog::writeRow(
            m_db, before->isValid() ? QStringLiteral("update") : QStringLiteral("insert"),
            QStringLiteral("settings"), name,
            before->isValid() ? asJson(name, before->toString()) : QString(), asJson(name, value));
        !audited)
        return audited;
    return transaction.commit();
}

} // namespace lk
