// joined(): one query's first column, row by row, as one text: what SQLite's group_concat gives, on either
// engine.
#pragma once

#include "db/sql.h"
#include "document/document.h"

#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace lk::test {

// Rows in the query's own order (group_concat over a subquery keeps no order on PostgreSQL, and needs an
// alias).
inline QString joined(const Document& document, const QString& statement, const QVariantList& values = {},
                      const QString& separator = QStringLiteral(",")) {
    auto rows = sql::run(document.database().connection(), statement, values);
    INFO(rows.message().toStdString());
    REQUIRE(rows.ok());
    QStringList texts;
    while (rows->next())
        texts << rows->value(0).toString();
    return texts.join(separator);
}

} // namespace lk::test
