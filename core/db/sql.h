// Small helpers that prepare, bind and run one statement and turn a failure into a readable Error.
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace lk::sql {

// Runs `statement` with positional `?` values; the query is returned positioned before the first row.
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

// The first column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

// "what we tried: what the driver said", for messages and logs.
QString describe(const QSqlError& error, const QString& context);

} // namespace lk::sql
