// SearchResult: what a search found: per register, how many records match and the best of them, each with
// what a list of hits shows and what opens the record.
#pragma once

#include "register/registerspec.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace lk {

struct SearchHit {
    // Where a word found begins and ends in a snippet.
    static constexpr QChar matchStart = u'\x02';
    static constexpr QChar matchEnd = u'\x03';

    const RegisterSpec* spec = nullptr;
    qint64 id = 0;
    QString uuid;
    QDate date;    // its own date, else its owner's (a case discussion has its meeting's); may be invalid
    QString title; // what the record is known by: its name or title, else the start of its text
    QString markedTitle; // the title with the words found in it marked; empty when it has none
    QString snippet; // the rest of its text around the words found, each marked matchStart … matchEnd; the
                     // start of that text when they are only in the title
    qint64 municipalityId = 0; // 0: a record of no municipality
    QString municipality;
};

struct SearchGroup {
    const RegisterSpec* spec = nullptr;
    int count = 0;         // every match in the register
    QList<SearchHit> hits; // the best of them, best first
};

struct SearchResult {
    QStringList words;         // what was searched for, as the search read it
    QList<SearchGroup> groups; // the register with the best hit first
    int total() const {
        int sum = 0;
        for (const SearchGroup& group : groups)
            sum += group.count;
        return sum;
    }
};

} // namespace lk
