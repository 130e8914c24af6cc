// SampleFile: an open file filled with the sample demo (Salem 2021–2022 with invented follow-up), the same on
// every machine, with its one municipality: what the tests of figures, lists and reports start from.
#pragma once

#include "catchqt.h"
#include "demo/demodata.h"
#include "testfile.h"

namespace lk::test {

struct SampleFile {
    TestFile file{QStringLiteral("empty")};
    std::unique_ptr<Document> document = file.open();
    Repository repository = document->repository();
    qint64 municipality = 0;

    SampleFile() {
        REQUIRE(DemoData::fill(repository, QStringLiteral("sample")).ok());
        municipality = scalar(*document, QStringLiteral("SELECT id FROM municipalities")).toLongLong();
    }
    int count(const QString& query, const QVariantList& values = {}) const {
        return scalar(*document, query, values).toInt();
    }
};

} // namespace lk::test
