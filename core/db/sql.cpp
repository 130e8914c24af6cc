#include "db/sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace lk::sql {

QString describe(const QSqlError& error, const QString& context) {
    const QString detail = error.text().trimmed();
    return detail.isEmpty() ? context : context + QStringLiteral(": ") + detail;
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return Error{describe(query.lastError(), QCoreApplication::translate(
                                                     "lk::sql", "The database could not prepare a query"))};
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{describe(query.lastError(),
                              QCoreApplication::translate("lk::sql", "The database refused a change"))};
    return query;
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values) {
    auto query = run(db, statement, values);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

} // namespace lk::sql
