// A large file opens at once and is read through for damage beside the window (Database::PageCheck).
#include "catchqt.h"
#include "demo/demodata.h"
#include "document/document.h"
#include "pagechecklimit.h"
#include "promises/promiseregisters.h"
#include "testfile.h"

#include <QFile>
#include <QSignalSpy>

using lk::test::bytesOf;
using lk::test::PageCheckLimit;
using lk::test::TestFile;

namespace {

// A demo file with a page in its middle overwritten: a disk sector gone bad.
void damage(const TestFile& file) {
    {
        auto document = file.open();
        REQUIRE(lk::DemoData::fill(document->repository(), QStringLiteral("sample")).ok());
    }
    QFile raw(file.path());
    REQUIRE(raw.open(QIODevice::ReadWrite));
    REQUIRE(raw.seek(raw.size() / 2));
    REQUIRE(raw.write(QByteArray(8192, '\xff')) == 8192);
}

lk::Record municipality() {
    lk::Record record;
    record.values.insert(lk::municipalities::name, QStringLiteral("Nykvarns kommun"));
    return record;
}

} // namespace

TEST_CASE("A file under the limit is read through before it opens, as always",
          "[database][badfile][sqlite]") {
    TestFile file;
    damage(file);
    auto opened = lk::Document::open(file.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.message().contains(QStringLiteral("is damaged")));
}

TEST_CASE("A large file opens before its pages are read through, and damage found then stops every edit",
          "[database][badfile][sqlite]") {
    TestFile file;
    damage(file);
    const QByteArray before = bytesOf(file.path());
    const PageCheckLimit limit(0);
    auto opened = lk::Document::open(file.path());
    INFO(opened.message().toStdString());
    REQUIRE(opened.ok());
    lk::Document& document = **opened;
    QSignalSpy damaged(&document, &lk::Document::damaged);

    SECTION("the check tells the window") {
        REQUIRE((damaged.count() > 0 || damaged.wait(20000)));
        const QString message = damaged.first().first().toString();
        CHECK(message.contains(QStringLiteral("is damaged")));
        CHECK(message.contains(QStringLiteral("closed again")));
    }
    SECTION("an edit waits for the check and is refused") {
        auto added = document.insert(lk::PromiseRegisters::municipalities(), municipality());
        REQUIRE_FALSE(added.ok());
        CHECK(added.message().contains(QStringLiteral("is damaged")));
        CHECK(damaged.count() == 1);
    }
    opened->reset();
    CHECK(bytesOf(file.path()) == before);
}

TEST_CASE("A whole large file opens at once, is found whole beside it, and takes edits",
          "[database][sqlite]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    const PageCheckLimit limit(0);
    auto opened = lk::Document::open(file.path());
    REQUIRE(opened.ok());
    lk::Document& document = **opened;
    CHECK(document.checkingPages());
    QSignalSpy damaged(&document, &lk::Document::damaged);
    CHECK(document.pagesChecked().ok());
    CHECK_FALSE(document.checkingPages());
    CHECK(document.insert(lk::PromiseRegisters::municipalities(), municipality()).ok());
    CHECK(damaged.isEmpty());
}
