// RecordOpener: opens a record on the page that shows it, as a search hit asks: the municipality and period
// it belongs to chosen above the pages, then its owners and the record itself brought forward, outermost
// first (a walk, then its observation), each by the page that lists it (Page::showRecord).
#pragma once

#include <QList>

namespace lk {

class Document;
class Page;
class ScopeBar;
struct SearchHit;

class RecordOpener {
public:
    // The page that shows the record, or the one that shows its nearest owner; nullptr when none does.
    static Page* open(Document* document, ScopeBar* scope, const QList<Page*>& pages, const SearchHit& hit);
};

} // namespace lk
