#include "catchqt.h"
#include "cli/commandline.h"
#include "clirun.h"
#include "db/sql.h"
#include "og/ogregisters.h"
#include "og/retention.h"
#include "testfile.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using lk::test::Run;
using lk::test::run;
using lk::test::scalar;
using lk::test::TestFile;

namespace {

Run check(const QString& path) {
    return run({QStringLiteral("check"), QStringLiteral("--db"), path});
}

// A demo file made by the demo command, in the test file's folder.
QString demoFile(const TestFile& folder) {
    const QString path = folder.pathFor(QStringLiteral("demo.sqlite"));
    const Run made = run({QStringLiteral("demo"), QStringLiteral("--db"), path});
    INFO(made.err.toStdString());
    REQUIRE(made.exit == lk::CommandLine::Ok);
    return path;
}

QStringList caseCodes(const QString& path) {
    auto document = lk::Document::open(path);
    REQUIRE(document.ok());
    auto rows =
        lk::sql::run((*document)->database().connection(),
                     QStringLiteral("SELECT code FROM og_cases WHERE thinned_on IS NULL ORDER BY code"));
    REQUIRE(rows.ok());
    QStringList codes;
    while (rows->next())
        codes << rows->value(0).toString();
    return codes;
}

QList<lk::Retention::Due> dueToday(const QString& path) {
    auto document = lk::Document::open(path);
    REQUIRE(document.ok());
    auto due = lk::Retention::due((*document)->repository(), 0, QDate::currentDate());
    REQUIRE(due.ok());
    return *due;
}

QByteArray bytesOf(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The lines of the output that list a due case: "  CODE  REASON".
QStringList dueLines(const QString& out) {
    QStringList lines;
    for (const QString& line : out.split(u'\n')) {
        if (line.startsWith(QStringLiteral("  OG-")))
            lines << line.trimmed();
    }
    return lines;
}

} // namespace

TEST_CASE("check on the demo file says it is whole and lists every case due by code", "[og][cli]") {
    TestFile folder;
    const QString path = demoFile(folder);
    const QStringList codes = caseCodes(path);
    REQUIRE(codes.size() >= 2);
    // The demo's cases were last discussed in 2022: with 24 months all not yet thinned are due by now.
    REQUIRE(QDate::currentDate() > QDate(2024, 12, 31));

    const Run result = check(path);
    INFO(result.out.toStdString() + result.err.toStdString());
    CHECK(result.exit == lk::CommandLine::Ok);
    CHECK(result.err.isEmpty());
    CHECK(result.out.contains(QStringLiteral("demo.sqlite is whole")));
    CHECK(result.out.contains(QStringLiteral("24 month")));
    CHECK(result.out.contains(QStringLiteral("%1 case(s) due").arg(codes.size())));
    CHECK_FALSE(result.out.contains(QStringLiteral("No case is due")));

    QStringList listed;
    for (const QString& line : dueLines(result.out))
        listed << line.section(u' ', 0, 0);
    CHECK(listed == codes);
    // Each with its reason, as the thinning page gives it.
    for (const lk::Retention::Due& item : dueToday(path)) {
        INFO(item.code.toStdString());
        CHECK(dueLines(result.out).contains(item.code + QStringLiteral("  ") + item.reason));
        CHECK((item.reason.startsWith(QStringLiteral("closed 20")) ||
               item.reason.startsWith(QStringLiteral("no activity since 20"))));
    }
}

TEST_CASE("check leaves the file as it was", "[og][cli]") {
    TestFile folder;
    const QString path = demoFile(folder);
    const QByteArray before = bytesOf(path);
    const Run result = check(path);
    CHECK(result.exit == lk::CommandLine::Ok);
    CHECK(bytesOf(path) == before);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    CHECK((!wal.exists() || wal.size() == 0));
}

TEST_CASE("check does not list a case that has been thinned", "[og][cli]") {
    TestFile folder;
    const QString path = demoFile(folder);
    const QStringList codes = caseCodes(path);
    REQUIRE(codes.size() >= 2);
    {
        auto document = lk::Document::open(path);
        REQUIRE(document.ok());
        const QString uuid =
            scalar(**document, QStringLiteral("SELECT uuid FROM og_cases WHERE code = ?"), {codes.first()})
                .toString();
        auto thinned = lk::Retention::thin((*document)->repository(), {uuid}, QDate::currentDate());
        INFO(thinned.message().toStdString());
        REQUIRE(thinned.ok());
        REQUIRE(*thinned == 1);
    }
    const Run result = check(path);
    CHECK(result.exit == lk::CommandLine::Ok);
    QStringList listed;
    for (const QString& line : dueLines(result.out))
        listed << line.section(u' ', 0, 0);
    CHECK_FALSE(listed.contains(codes.first()));
    CHECK(listed == codes.mid(1));
    CHECK(result.out.contains(QStringLiteral("%1 case(s) due").arg(codes.size() - 1)));
}

TEST_CASE("check on a file without cases says that none is due", "[og][cli]") {
    TestFile salem(QStringLiteral("salem-2021-2022"));
    const Run result = check(salem.path());
    INFO(result.out.toStdString() + result.err.toStdString());
    CHECK(result.exit == lk::CommandLine::Ok);
    CHECK(result.err.isEmpty());
    // A file is checked page by page; a server names its schema version (see servercheck_test.cpp).
    CHECK(result.out.contains(lk::test::suiteEngine() == lk::Engine::Sqlite
                                  ? QStringLiteral("test.sqlite is whole")
                                  : QStringLiteral("holds Löfteskollen's tables at version")));
    CHECK(result.out.contains(QStringLiteral("No case is due for thinning.")));
    CHECK(dueLines(result.out).isEmpty());
    CHECK_FALSE(result.out.contains(QStringLiteral("OG-")));
}

TEST_CASE("check counts from the file's own retention time", "[og][cli]") {
    TestFile salem(QStringLiteral("salem-2021-2022"));
    {
        auto document = salem.open();
        const qint64 municipality =
            scalar(*document, QStringLiteral("SELECT id FROM municipalities")).toLongLong();
        // A case closed seven months ago: due with six months' retention, not with the default 24.
        lk::Record record;
        const QDate closed = QDate::currentDate().addMonths(-7);
        record.values = {{QStringLiteral("municipality_id"), municipality},
                         {QStringLiteral("code"), QStringLiteral("OG-%1-001").arg(closed.year())},
                         {QStringLiteral("opened_on"), closed.addMonths(-2)},
                         {QStringLiteral("kind"), QStringLiteral("individ")},
                         {QStringLiteral("age_band"), QStringLiteral("18_20")},
                         {QStringLiteral("status"), QStringLiteral("avslutad")},
                         {QStringLiteral("outcome"), QStringLiteral("okant")},
                         {QStringLiteral("consent"), false},
                         {QStringLiteral("closed_on"), closed}};
        auto inserted = document->insert(lk::OgRegisters::cases(), record);
        INFO(inserted.message().toStdString());
        REQUIRE(inserted.ok());
    }
    const Run before = check(salem.path());
    CHECK(before.exit == lk::CommandLine::Ok);
    CHECK(before.out.contains(QStringLiteral("No case is due for thinning.")));

    {
        auto document = salem.open();
        REQUIRE(lk::Retention::setMonths(document->repository(), 6).ok());
    }
    const Run after = check(salem.path());
    INFO(after.out.toStdString());
    CHECK(after.exit == lk::CommandLine::Ok);
    CHECK(after.out.contains(QStringLiteral("6 month")));
    CHECK(dueLines(after.out).size() == 1);
    CHECK(after.out.contains(QStringLiteral("closed ") +
                             QDate::currentDate().addMonths(-7).toString(Qt::ISODate)));
}

TEST_CASE("check on a file that does not exist fails and creates nothing", "[og][cli]") {
    TestFile folder;
    const QString path = folder.pathFor(QStringLiteral("missing.sqlite"));
    const Run result = check(path);
    CHECK(result.exit == lk::CommandLine::Failed);
    CHECK(result.err.contains(QStringLiteral("missing.sqlite")));
    CHECK_FALSE(result.out.contains(QStringLiteral("is whole")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("check on a file that is not a Löfteskollen file fails and leaves it alone", "[og][cli]") {
    TestFile folder;
    const QString path = folder.pathFor(QStringLiteral("notes.txt"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write("meeting notes\n") == 14);
    }
    const Run result = check(path);
    CHECK(result.exit == lk::CommandLine::Failed);
    CHECK_FALSE(result.err.isEmpty());
    CHECK(bytesOf(path) == QByteArray("meeting notes\n"));
}

TEST_CASE("check without --db is a usage error", "[og][cli]") {
    const Run result = run({QStringLiteral("check")});
    CHECK(result.exit == lk::CommandLine::Usage);
    CHECK(result.err.contains(QStringLiteral("--db")));
    CHECK(result.out.isEmpty());
}
