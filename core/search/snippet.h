// Snippet: the part of a record's text around the words a search found, each found word marked, the way the
// index reads words (letters and digits, case folded, each search word a prefix).
#pragma once

#include <QString>
#include <QStringList>

namespace lk {

class Snippet {
public:
    // The search words as the index reads them: their runs of letters and digits, case folded ("OG-2021-007"
    // is og, 2021 and 007).
    static QStringList tokens(const QStringList& words);
    // `text` with each word that begins with one of `tokens` marked SearchHit::matchStart … matchEnd, cut to
    // about `length` words around the first one found ("…" where it was cut); empty when none is found.
    static QString around(const QString& text, const QStringList& tokens, int length = 16);
    // The first `length` words of `text`, unmarked ("…" where it was cut).
    static QString start(const QString& text, int length = 16);
};

} // namespace lk
