// Fts5Index: the search index in SQLite's FTS5, the one place that knows a file's full-text search (a
// server's is PgTextIndex; SearchIndex chooses).
#pragma once

#include "common/result.h"
#include "register/registerspec.h"
#include "search/searchindex.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace lk {

class Fts5Index {
public:
    // The migration step "search_index" (core/db/migrations/0011_search_index.sql): makes the index anew,
    // with triggers on every register that has searched free text (SearchFields) to keep it in the same
    // transaction as each insert, update and delete, whoever makes it (a form, undo, an import, thinning),
    // and fills it from the records the file holds. A later migration that adds a register or a searched
    // field runs it again.
    static Status install(const QSqlDatabase& db);
    // For an import into an empty register: indexing each row as it comes (the insert trigger) took two
    // fifths of an import's time, one statement over every row afterwards a seventh of that. pauseInserts
    // drops the table's insert trigger in the caller's transaction and gives back its SQL (empty for a
    // register without searched text); indexAll then indexes every row of the table, as the trigger would
    // have, and puts the trigger back. Only for a table that had no rows before the pause and only got new
    // ones during it (updates and deletes are still indexed by their triggers); a rollback puts the trigger
    // back as well.
    static Result<QString> pauseInserts(const QSqlDatabase& db, const QString& table);
    static Status indexAll(const QSqlDatabase& db, const RegisterSpec& spec, const QString& trigger);
    // Merges the index into one piece: FTS5 keeps the words of a deleted or changed record in the index's
    // older pieces until they are merged, and thinned case text must leave the file.
    static Status purge(const QSqlDatabase& db);

    // What a user typed as an FTS5 query over the records' text: each word quoted as a string (so that ",
    // *, AND, OR, NOT, -, parentheses and column: are read as text) with a prefix star of our own, all of
    // them required. With a municipality, only its records and those of no municipality (a checklist point).
    static QString matchExpression(const QStringList& words, qint64 municipalityId = 0);

    using Hit = SearchIndex::Hit;
    using Found = SearchIndex::Found;
    static constexpr int rankedAmong = SearchIndex::rankedAmong;
    // Every register's matches (by table): how many, and the `limit` best, ranked by bm25 with the title
    // weighed above the rest; of a register with more than rankedAmong, the best of its newest rankedAmong.
    static Result<QHash<QString, Found>> find(const QSqlDatabase& db, const QString& match, int limit);

    // An SQL condition that `column` holds the id of a record of the register numbered `number` whose text
    // matches `match` (a matchExpression), its values appended to `values`.
    static QString matching(const QString& column, qint64 number, const QString& match, QVariantList& values);
};

} // namespace lk
