// PgTextIndex: the search index on a PostgreSQL server, in its own text search with the Swedish configuration
// (stemming, a GIN index), kept by triggers made from the register descriptions like the FTS5 index's.
#pragma once

#include "common/result.h"
#include "search/searchindex.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace lk {

class PgTextIndex {
public:
    // The migration step "search_index" on a server: the table search_index (a record's title and body,
    // its municipality, and a generated tsvector with the title weighed A and the rest D), a trigger
    // function per register with searched text, and the records the database holds.
    static Status install(const QSqlDatabase& db);

    // The words as a tsquery's text: each run of letters and digits (as Snippet reads them) a prefix
    // ("'busstation':*"), one letter alone taken whole, all of them required. to_tsquery('swedish', …) stems
    // them as it stems the records' words, so "kvällar" finds "kvällarna".
    static QString query(const QStringList& words);

    // Every register's matches (by table): how many, and the `limit` best by ts_rank (normalised by the
    // text's length, so a short text ranks before a long one); of a register with more than rankedAmong,
    // the best of its newest rankedAmong.
    static Result<QHash<QString, SearchIndex::Found>> find(const QSqlDatabase& db, const QStringList& words,
                                                           qint64 municipalityId, int limit);

    // An SQL condition that `column` holds the id of a record of the register numbered `number` whose text
    // matches the words, its values appended to `values`.
    static QString matching(const QString& column, qint64 number, const QStringList& words,
                            QVariantList& values);
};

} // namespace lk
