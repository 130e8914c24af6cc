#include "search/searchindex.h"

#include "db/engine.h"
#include "db/sql.h"
#include "register/registry.h"
#include "search/fts5index.h"
#include "search/pgtextindex.h"

namespace lk {

Status SearchIndex::install(const QSqlDatabase& db) {
    return engineOf(db) == Engine::Sqlite ? Fts5Index::install(db) : PgTextIndex::install(db);
}

Result<QString> SearchIndex::pauseInserts(const QSqlDatabase& db, const QString& table) {
    return engineOf(db) == Engine::Sqlite ? Fts5Index::pauseInserts(db, table) : Result<QString>(QString());
}

Status SearchIndex::indexAll(const QSqlDatabase& db, const RegisterSpec& spec, const QString& paused) {
    return engineOf(db) == Engine::Sqlite ? Fts5Index::indexAll(db, spec, paused) : Status{};
}

Status SearchIndex::purge(const QSqlDatabase& db) {
    // A server's index is a plain table: a changed record's old words went with its row (VACUUM, the
    // server's own autovacuum, clears the dead row as it does the record's).
    return engineOf(db) == Engine::Sqlite ? Fts5Index::purge(db) : Status{};
}

Result<QHash<QString, SearchIndex::Found>> SearchIndex::find(const QSqlDatabase& db, const QStringList& words,
                                                             qint64 municipalityId, int limit) {
    if (engineOf(db) != Engine::Sqlite)
        return PgTextIndex::find(db, words, municipalityId, limit);
    if (words.isEmpty())
        return QHash<QString, Found>();
    return Fts5Index::find(db, Fts5Index::matchExpression(words, municipalityId), limit);
}

Result<QHash<QString, qint64>> SearchIndex::numbers(const QSqlDatabase& db) {
    auto rows = sql::run(db, QStringLiteral("SELECT number, table_name FROM search_registers"));
    if (!rows)
        return rows.error();
    QHash<QString, qint64> numbers;
    while (rows->next())
        numbers.insert(rows->value(1).toString(), rows->value(0).toLongLong());
    return numbers;
}

Result<QString> SearchIndex::condition(const QSqlDatabase& db, const RegisterSpec& spec,
                                       const QStringList& words, const QString& alias, QVariantList& values) {
    if (words.isEmpty())
        return QString();
    auto known = numbers(db);
    if (!known)
        return known.error();
    const bool file = engineOf(db) == Engine::Sqlite;
    const QString match = file ? Fts5Index::matchExpression(words) : QString();
    // `column` holds the id of a record of `table` whose text matches.
    const auto matching = [&](const QString& column, const QString& table, QVariantList& bound) {
        const qint64 number = known->value(table);
        return file ? Fts5Index::matching(column, number, match, bound)
                    : PgTextIndex::matching(column, number, words, bound);
    };
    QStringList any;
    if (known->contains(spec.table))
        any << matching(alias + QStringLiteral(".id"), spec.table, values);
    // What a record holds is part of its text: a meeting's case discussions and action items, and the cases
    // those discussions are about (their codes).
    for (const RegisterSpec* child : Registry::all()) {
        for (const FieldSpec& owner : child->fields) {
            if (owner.type != FieldType::Reference || !owner.owned || owner.references != spec.table)
                continue;
            QStringList childMatches;
            QVariantList childValues;
            const QString row = alias + QStringLiteral("_c");
            if (known->contains(child->table))
                childMatches << matching(row + QStringLiteral(".id"), child->table, childValues);
            for (const FieldSpec& other : child->fields) {
                if (other.type == FieldType::Reference && other.owned && other.name != owner.name &&
                    known->contains(other.references))
                    childMatches << matching(row + u'.' + other.name, other.references, childValues);
            }
            if (childMatches.isEmpty())
                continue;
            any << QStringLiteral("%1.id IN (SELECT %2.%3 FROM %4 %2 WHERE %5)")
                       .arg(alias, row, owner.name, child->table, childMatches.join(QStringLiteral(" OR ")));
            values << childValues;
        }
    }
    return any.isEmpty() ? QString() : u'(' + any.join(QStringLiteral(" OR ")) + u')';
}

} // namespace lk
