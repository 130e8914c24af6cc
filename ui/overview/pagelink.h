// PageLink: where a figure of the overview leads: a page of the window by its class, and what to bring
// forward on it once it is shown (a tab, a promise). The overview knows the pages' classes but not the
// window's page objects, so the window follows a link by finding its page.
#pragma once

#include "common/page.h"

#include <functional>

namespace lk {

struct PageLink {
    const QMetaObject* page = nullptr;
    std::function<void(Page*)> focus;

    template <typename PageT> static PageLink to(std::function<void(PageT*)> then = {}) {
        return {&PageT::staticMetaObject, [then](Page* page) {
                    if (then)
                        then(static_cast<PageT*>(page));
                }};
    }
    bool leadsTo(const Page* candidate) const { return candidate->metaObject() == page; }
};

} // namespace lk
