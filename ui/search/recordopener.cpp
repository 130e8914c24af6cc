#include "search/recordopener.h"

#include "common/page.h"
#include "document/document.h"
#include "promises/promiseregisters.h"
#include "promises/scopebar.h"
#include "register/registry.h"
#include "search/search.h"

#include <utility>

namespace lk {

namespace {

struct Link {
    const RegisterSpec* spec;
    QString uuid;
};

// The record and the records that own it, the record first.
QList<Link> ownersOf(const Repository& repository, const SearchHit& hit) {
    QList<Link> chain{{hit.spec, hit.uuid}};
    auto record = repository.find(*hit.spec, hit.uuid);
    const RegisterSpec* spec = hit.spec;
    while (record && *record) {
        const FieldSpec* owner = spec->parentField();
        const RegisterSpec* ownerSpec = owner ? Registry::named(owner->references) : nullptr;
        if (!ownerSpec)
            break;
        record = repository.findById(*ownerSpec, (*record)->value(owner->name).toLongLong());
        if (record && *record)
            chain.append({ownerSpec, (*record)->uuid});
        spec = ownerSpec;
    }
    return chain;
}

} // namespace

Page* RecordOpener::open(Document* document, ScopeBar* scope, const QList<Page*>& pages,
                         const SearchHit& hit) {
    if (!hit.spec)
        return nullptr;
    const Repository repository = document->repository();
    // The lists show the chosen municipality's records of the chosen period.
    auto period = Search::periodFor(repository, hit, scope->periodId());
    if (period && *period > 0 && *period != scope->periodId()) {
        auto found = repository.findById(PromiseRegisters::periods(), *period);
        if (found && *found)
            scope->selectPeriod((*found)->uuid);
    }
    // Outermost first: choosing the walk makes its observations the list that can show the one found.
    Page* shown = nullptr;
    const QList<Link> chain = ownersOf(repository, hit);
    for (auto link = chain.crbegin(); link != chain.crend(); ++link) {
        for (Page* page : pages) {
            if (page->showRecord(*link->spec, link->uuid)) {
                shown = page;
                break;
            }
        }
    }
    return shown;
}

} // namespace lk
