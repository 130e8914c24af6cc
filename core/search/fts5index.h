// Fts5Index: the search index in SQLite's FTS5, the one place that knows the engine's full-text search. A
// PostgreSQL file would keep a tsvector per record with the Swedish configuration instead, behind the same
// calls.
#pragma once

#include "common/result.h"
#include "register/registerspec.h"

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
    // Merges the index into one piece: FTS5 keeps the words of a deleted or changed record in the index's
    // older pieces until they are merged, and thinned case text must leave the file.
    static Status purge(const QSqlDatabase& db);

    // What a user typed as an FTS5 query over the records' text: each word quoted as a string (so that ",
    // *, AND, OR, NOT, -, parentheses and column: are read as text) with a prefix star of our own, all of
    // them required. With a municipality, only its records and those of no municipality (a checklist point).
    static QString matchExpression(const QStringList& words, qint64 municipalityId = 0);

    struct Hit {
        qint64 id = 0;             // the record's id in its table
        qint64 municipalityId = 0; // 0: the record belongs to no municipality
        double rank = 0;           // bm25: the lower, the better
        QString title;             // the text the index holds of it: its title,
        QString body;              // and the rest
    };
    struct Found {
        int count = 0;   // every match in the register
        QList<Hit> best; // the best of them, best first
    };
    // A register with more matches than this has them ranked among its newest this many.
    static constexpr int rankedAmong = 300;
    // Every register's matches (by table): how many, and the `limit` best, ranked by bm25 with the title
    // weighed above the rest; of a register with more than rankedAmong, the best of its newest rankedAmong.
    static Result<QHash<QString, Found>> find(const QSqlDatabase& db, const QString& match, int limit);

    // An SQL condition that a row of `spec` (as `alias`) or a record it owns matches the words (a meeting by
    // its minutes, its case discussions or the codes of the cases they are about), with its values appended
    // to `values`; empty when neither is in the index.
    static Result<QString> condition(const QSqlDatabase& db, const RegisterSpec& spec,
                                     const QStringList& words, const QString& alias, QVariantList& values);

private:
    // Each register's number in the index: a record's key there is its number × 2^40 plus its id, so that a
    // trigger finds its row by key and the matches of one register are one range of keys.
    static Result<QHash<QString, qint64>> numbers(const QSqlDatabase& db);
};

} // namespace lk
