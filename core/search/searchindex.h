// SearchIndex: the search index of either engine behind one set of calls, SQLite's FTS5 in a file
// (Fts5Index) and PostgreSQL's text search with its Swedish configuration on a server (PgTextIndex).
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

class SearchIndex {
public:
    struct Hit {
        qint64 id = 0;             // the record's id in its table
        qint64 municipalityId = 0; // 0: the record belongs to no municipality
        double rank = 0;           // the lower, the better (bm25 in a file, minus ts_rank on a server)
        QString title;             // the text the index holds of it: its title,
        QString body;              // and the rest
    };
    struct Found {
        int count = 0;   // every match in the register
        QList<Hit> best; // the best of them, best first
    };
    // A register with more matches than this has them ranked among its newest this many.
    static constexpr int rankedAmong = 300;

    // The migration step "search_index": makes the index anew, with triggers on every register that has
    // searched free text (SearchFields), and fills it from the records the database holds.
    static Status install(const QSqlDatabase& db);
    // An import into an empty register indexes its rows once after they are in, not one by one (in a file:
    // Fts5Index::pauseInserts and indexAll). pauseInserts gives what indexAll needs to index them and put the
    // row-by-row indexing back; a server's index keeps indexing row by row, and both do nothing there.
    static Result<QString> pauseInserts(const QSqlDatabase& db, const QString& table);
    static Status indexAll(const QSqlDatabase& db, const RegisterSpec& spec, const QString& paused);
    // Makes sure the words of deleted or changed text have left the index (thinning).
    static Status purge(const QSqlDatabase& db);

    // Every register's matches of the words (by table): how many, and the `limit` best, ranked with the title
    // weighed above the rest. With a municipality, only its records and those of no municipality.
    static Result<QHash<QString, Found>> find(const QSqlDatabase& db, const QStringList& words,
                                              qint64 municipalityId, int limit);

    // An SQL condition that a row of `spec` (as `alias`) or a record it owns matches the words (a meeting by
    // its minutes, its case discussions or the codes of the cases they are about), with its values appended
    // to `values`; empty when neither is in the index.
    static Result<QString> condition(const QSqlDatabase& db, const RegisterSpec& spec,
                                     const QStringList& words, const QString& alias, QVariantList& values);

    // Each register's number in the index (search_registers), by table.
    static Result<QHash<QString, qint64>> numbers(const QSqlDatabase& db);
};

} // namespace lk
