// Search: what the user's words find in the text of every register (Ctrl+F, `lofteskollen search`, the lists'
// filters): Swedish case folded, each word a prefix, ranked, grouped by register, in one municipality or all.
#pragma once

#include "common/result.h"
#include "register/repository.h"
#include "search/searchresult.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace lk {

class Search {
public:
    static constexpr int defaultLimit = 50;

    // The words of a search text: split at white space, each kept whole with whatever it holds (quotes,
    // stars, hyphens, colons are text, never search syntax); a word without a letter or digit is dropped.
    static QStringList words(const QString& text);

    // The records whose text holds every word (as a word or the start of one), at most `perRegister` per
    // register, best first. `municipalityId` 0 searches every municipality; otherwise that one's records and
    // those that belong to none.
    static Result<SearchResult> run(const Repository& repository, const QString& text,
                                    qint64 municipalityId = 0, int perRegister = defaultLimit);

    // The UUIDs of the records of `spec` whose text, or that of a record they own, holds every word of
    // `text`, as a list's filter reads it (a promise by its text, its targets or its status reports).
    static Result<QSet<QString>> matchingUuids(const Repository& repository, const RegisterSpec& spec,
                                               const QString& text);
    // A snippet's text without its marks, for a line of plain text.
    static QString plain(const QString& snippet);
    // The period to show a hit in: a period hit's own; else the period of its municipality its date falls
    // in; else `current` when it is of the hit's municipality (or the hit belongs to none); else that
    // municipality's latest period. 0 when there is none.
    static Result<qint64> periodFor(const Repository& repository, const SearchHit& hit, qint64 current);
};

} // namespace lk
