// Helpers for the search tests: a Salem file with a meeting, a case and its discussion, and searches that
// give the hits' titles or UUIDs.
#pragma once

#include "../og/ogfixture.h"
#include "search/search.h"

namespace lk::test {

inline SearchResult searched(const Repository& repository, const QString& text, qint64 municipality = 0) {
    auto found = Search::run(repository, text, municipality);
    INFO(found.message().toStdString());
    REQUIRE(found.ok());
    return *found;
}

// The UUIDs of every hit, whatever its register.
inline QStringList hitUuids(const SearchResult& result) {
    QStringList uuids;
    for (const SearchGroup& group : result.groups) {
        for (const SearchHit& hit : group.hits)
            uuids << hit.uuid;
    }
    return uuids;
}

inline QStringList hitUuids(const Repository& repository, const QString& text, qint64 municipality = 0) {
    return hitUuids(searched(repository, text, municipality));
}

// The number of rows the index holds for records of `table` (the index's own count, not a search).
inline qint64 indexRowsOf(const Repository& repository, const QString& table) {
    // A file's index keys a record by its register's number × 2^40 plus its id; a server's has a column.
    const QString ofRegister = engineOf(repository.database()) == Engine::Sqlite
                                   ? QStringLiteral("rowid >> 40")
                                   : QStringLiteral("register");
    return countWhere(repository,
                      QStringLiteral("SELECT count(*) FROM search_index WHERE %1 = (SELECT number FROM "
                                     "search_registers WHERE table_name = ?)")
                          .arg(ofRegister),
                      {table});
}

struct SearchFile : SalemFile {
    explicit SearchFile(Engine engine = Engine::Sqlite)
        : SalemFile(engine) {}

    Record meeting =
        insertRecord(repository, OgRegisters::meetings(),
                     merged(meetingValues(municipality, QDate(2021, 3, 15)),
                            {{QStringLiteral("minutes"),
                              QStringLiteral("Oroligt vid BUSSTATIONEN i Åbyhöjden på kvällarna.")}}));
    Record openCase =
        insertRecord(repository, OgRegisters::cases(),
                     caseValues(municipality, QStringLiteral("OG-2021-007"), QDate(2021, 3, 1)));
    Record discussion = insertRecord(repository, OgRegisters::caseNotes(),
                                     noteValues(openCase.id, meeting.id,
                                                QStringLiteral("Har fått praktikplats på Öbergs bageri."),
                                                QStringLiteral("Följs upp i april.")));
};

} // namespace lk::test
