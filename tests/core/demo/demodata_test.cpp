#include "catchqt.h"
#include "db/sql.h"
#include "demo/demodata.h"
#include "io/templates.h"
#include "joined.h"
#include "testfile.h"

#include <QDate>
#include <QSet>

using lk::test::scalar;
using lk::test::TestFile;

namespace {

QByteArray demoExport() {
    TestFile file;
    auto document = file.open();
    const lk::Status filled = lk::DemoData::fill(document->repository(), QStringLiteral("sample"));
    INFO(filled.message().toStdString());
    REQUIRE(filled.ok());
    return TestFile::exportOf(*document);
}

} // namespace

TEST_CASE("The demo scales are offered by name, sample among them", "[demo]") {
    CHECK(lk::DemoData::scales().contains(QStringLiteral("sample")));
}

TEST_CASE("Two demo files are byte-identical in their exports", "[demo]") {
    const QByteArray first = demoExport();
    const QByteArray second = demoExport();
    CHECK(first.size() > 1000);
    CHECK(first == second);
}

TEST_CASE("The demo data starts from the Salem template", "[demo]") {
    TestFile salem(QStringLiteral("salem-2021-2022"));
    auto template_ = salem.open();

    TestFile file;
    auto document = file.open();
    REQUIRE(lk::DemoData::fill(document->repository(), QStringLiteral("sample")).ok());

    for (const QString& table : {QStringLiteral("municipalities"), QStringLiteral("periods"),
                                 QStringLiteral("focus_areas"), QStringLiteral("promises")}) {
        const QString rows = QStringLiteral("SELECT uuid FROM ") + table + QStringLiteral(" ORDER BY uuid");
        INFO(table.toStdString());
        CHECK(lk::test::joined(*document, rows) == lk::test::joined(*template_, rows));
    }
    // The template's target, and the demo's own for the police's activities beside it.
    const QString templateTarget = scalar(*template_, QStringLiteral("SELECT uuid FROM targets")).toString();
    CHECK(scalar(*document, QStringLiteral("SELECT COUNT(*) FROM targets WHERE uuid = ?"), {templateTarget})
              .toLongLong() == 1);
    CHECK(lk::test::joined(*document, QStringLiteral("SELECT source FROM targets ORDER BY source")) ==
          QStringLiteral("drug_operations,information_efforts,inspections,og_meetings,"
                         "test_purchases,traffic_controls,visits,walks,watch_areas,watch_events,"
                         "watch_events,watch_events"));
}

TEST_CASE("The demo data has six status reports for every promise, on six dates within the period",
          "[demo]") {
    TestFile file;
    auto document = file.open();
    const lk::Status filled = lk::DemoData::fill(document->repository(), QStringLiteral("sample"));
    INFO(filled.message().toStdString());
    REQUIRE(filled.ok());

    const qint64 promises = scalar(*document, QStringLiteral("SELECT COUNT(*) FROM promises")).toLongLong();
    REQUIRE(promises == 8);
    CHECK(scalar(*document, QStringLiteral("SELECT COUNT(*) FROM promise_statuses")).toLongLong() ==
          6 * promises);

    auto perPromise =
        lk::sql::run(document->database().connection(),
                     QStringLiteral("SELECT p.title, COUNT(s.id), COUNT(DISTINCT s.reported_on), "
                                    "MIN(s.reported_on), MAX(s.reported_on), pe.start_date, "
                                    "pe.end_date FROM promises p "
                                    "JOIN focus_areas f ON f.id = p.focus_area_id "
                                    "JOIN periods pe ON pe.id = f.period_id "
                                    "LEFT JOIN promise_statuses s ON s.promise_id = p.id "
                                    "GROUP BY p.id, pe.id"));
    REQUIRE(perPromise.ok());
    int seen = 0;
    while (perPromise->next()) {
        INFO(perPromise->value(0).toString().toStdString());
        CHECK(perPromise->value(1).toInt() == 6);
        CHECK(perPromise->value(2).toInt() == 6);
        CHECK(perPromise->value(3).toString() >= perPromise->value(5).toString());
        CHECK(perPromise->value(4).toString() <= perPromise->value(6).toString());
        ++seen;
    }
    CHECK(seen == promises);
    // Every comment is filled in, and no report is the same as another.
    CHECK(
        scalar(*document,
               QStringLiteral("SELECT COUNT(*) FROM promise_statuses WHERE comment IS NULL OR comment = ''"))
            .toLongLong() == 0);
    CHECK(
        scalar(*document, QStringLiteral("SELECT COUNT(DISTINCT uuid) FROM promise_statuses")).toLongLong() ==
        6 * promises);
}

TEST_CASE("An unknown demo scale is refused by name and adds nothing", "[demo]") {
    TestFile file;
    auto document = file.open();
    const QByteArray before = TestFile::exportOf(*document);
    const lk::Status filled = lk::DemoData::fill(document->repository(), QStringLiteral("huge"));
    REQUIRE_FALSE(filled.ok());
    CHECK(filled.message().contains(QStringLiteral("huge")));
    CHECK(filled.message().contains(QStringLiteral("sample")));
    CHECK(TestFile::exportOf(*document) == before);
    CHECK(scalar(*document, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong() == 0);
}
