// PageCheckLimit: lowers the size above which a file is checked for damage after it opens (see
// Database::PageCheck) for one test, and puts it back.
#pragma once

#include "db/database.h"

namespace lk::test {

class PageCheckLimit {
public:
    explicit PageCheckLimit(qint64 bytes)
        : m_before(Database::pageCheckLimit()) {
        Database::setPageCheckLimit(bytes);
    }
    ~PageCheckLimit() { Database::setPageCheckLimit(m_before); }
    PageCheckLimit(const PageCheckLimit&) = delete;
    PageCheckLimit& operator=(const PageCheckLimit&) = delete;

private:
    qint64 m_before;
};

} // namespace lk::test
