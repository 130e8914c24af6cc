#include "catchqt.h"
#include "cli/commandline.h"
#include "clirun.h"
#include "db/sql.h"
#include "demo/demodata.h"
#include "demo/regiondemo.h"
#include "joined.h"
#include "testfile.h"

#include <QDate>
#include <QSet>

using lk::RegionDemo;
using lk::test::run;
using lk::test::scalar;
using lk::test::TestFile;

namespace {

// A corner of the region: its first municipalities (the smallest) and first periods.
struct Corner {
    TestFile file;
    std::unique_ptr<lk::Document> document = file.open();

    explicit Corner(RegionDemo::Extent extent) {
        const lk::Status filled = RegionDemo::fill(document->repository(), extent);
        INFO(filled.message().toStdString());
        REQUIRE(filled.ok());
    }
    qint64 count(const QString& statement, const QVariantList& values = {}) const {
        return scalar(*document, statement, values).toLongLong();
    }
    QStringList column(const QString& statement) const {
        auto rows = lk::sql::run(document->database().connection(), statement);
        REQUIRE(rows.ok());
        QStringList values;
        while (rows->next())
            values << rows->value(0).toString();
        return values;
    }
};

} // namespace

TEST_CASE("The demo scales are sample and region", "[demo][region]") {
    CHECK(lk::DemoData::scales() == QStringList{QStringLiteral("sample"), QStringLiteral("region")});
}

TEST_CASE("A corner of the region is the same on every run, UUIDs, timestamps and values", "[demo][region]") {
    const Corner first(RegionDemo::Extent{2, 1});
    const Corner second(RegionDemo::Extent{2, 1});
    const QByteArray exported = TestFile::exportOf(*first.document);
    CHECK(exported.size() > 100000);
    CHECK(exported == TestFile::exportOf(*second.document));
    // And every record's change is in the log, the same on both.
    const QString log = QStringLiteral(
        "SELECT action || table_name || record_uuid || COALESCE(new_values, '') FROM audit_log ORDER BY id");
    CHECK(lk::test::joined(*first.document, log) == lk::test::joined(*second.document, log));
}

TEST_CASE("Each municipality of the region has its own periods, police area, promises and figures",
          "[demo][region]") {
    const Corner corner(RegionDemo::Extent{3, 2});
    CHECK(corner.column(QStringLiteral("SELECT name FROM municipalities ORDER BY id")) ==
          QStringList{QStringLiteral("Salems kommun"), QStringLiteral("Nykvarns kommun"),
                      QStringLiteral("Vaxholms stad")});
    for (const QString& area : corner.column(QStringLiteral("SELECT police_area FROM municipalities")))
        CHECK(RegionDemo::policeAreas().contains(area));
    CHECK(corner.column(QStringLiteral("SELECT name FROM periods GROUP BY name ORDER BY min(start_date)")) ==
          RegionDemo::periodNames().mid(0, 2));
    CHECK(corner.count(QStringLiteral("SELECT COUNT(*) FROM periods")) == 6);
    // The template's eight promises in every period, each with its six status reports.
    CHECK(corner.count(QStringLiteral("SELECT COUNT(*) FROM promises")) == 6 * 8);
    CHECK(corner.count(QStringLiteral("SELECT COUNT(*) FROM promise_statuses")) == 6 * 8 * 6);
    CHECK(corner.count(QStringLiteral("SELECT COUNT(*) FROM promise_statuses s JOIN promises p ON p.id = "
                                      "s.promise_id JOIN focus_areas f ON f.id = p.focus_area_id JOIN "
                                      "periods pe ON pe.id = f.period_id WHERE s.reported_on NOT BETWEEN "
                                      "pe.start_date AND pe.end_date")) == 0);
    // Every activity counts for a promise of its own municipality's period that holds its date.
    CHECK(corner.count(QStringLiteral(
              "SELECT COUNT(*) FROM visits v JOIN promises p ON p.id = v.promise_id JOIN focus_areas f ON "
              "f.id = p.focus_area_id JOIN periods pe ON pe.id = f.period_id WHERE pe.municipality_id <> "
              "v.municipality_id OR v.visited_on NOT BETWEEN pe.start_date AND pe.end_date")) == 0);
    // The Salem template's texts are told of each municipality.
    CHECK(
        corner.count(QStringLiteral("SELECT COUNT(*) FROM focus_areas f JOIN periods p ON p.id = f.period_id "
                                    "JOIN municipalities m ON m.id = p.municipality_id WHERE m.name <> "
                                    "'Salems kommun' AND f.situation LIKE '%Salem%'")) == 0);
    // A larger municipality does more: Salem is larger than Nykvarn.
    const QString perMunicipality =
        QStringLiteral("SELECT COUNT(*) FROM traffic_controls t JOIN municipalities m ON m.id = "
                       "t.municipality_id WHERE m.name = ?");
    CHECK(corner.count(perMunicipality, {QStringLiteral("Salems kommun")}) >
          corner.count(perMunicipality, {QStringLiteral("Nykvarns kommun")}));
    // What lasts is made once: a school is the same school in both periods.
    CHECK(corner.count(QStringLiteral("SELECT COUNT(*) FROM units WHERE municipality_id = 1")) == 6);
    CHECK(corner.count(QStringLiteral("SELECT COUNT(DISTINCT substr(visited_on, 1, 4)) FROM visits v JOIN "
                                      "units u ON u.id = v.unit_id WHERE u.id = 1")) == 4);
    CHECK(corner.count(QStringLiteral("SELECT COUNT(*) FROM maps")) == 3);
    // Only the current period has work still open.
    CHECK(corner.count(QStringLiteral("SELECT COUNT(*) FROM action_items WHERE status = 'oppen' AND due_on < "
                                      "'2019-01-01'")) == 0);
    CHECK(corner.count(QStringLiteral("SELECT COUNT(*) FROM action_items WHERE status = 'oppen'")) > 0);
}

TEST_CASE("The region keeps the sample's rhythm: no visits in the summer holidays, Operativa gruppen monthly "
          "but July",
          "[demo][region]") {
    const Corner corner(RegionDemo::Extent{2, 2});
    CHECK(corner.count(QStringLiteral("SELECT COUNT(*) FROM visits")) > 250);
    CHECK(corner.count(QStringLiteral("SELECT COUNT(*) FROM visits WHERE substr(visited_on, 6, 2) = '07'")) ==
          0);
    CHECK(corner.count(
              QStringLiteral("SELECT COUNT(*) FROM visits v JOIN units u ON u.id = v.unit_id WHERE "
                             "u.kind = 'skola' AND substr(visited_on, 6, 2) IN ('06', '07', '08')")) == 0);
    CHECK(corner.count(
              QStringLiteral("SELECT COUNT(*) FROM og_meetings WHERE substr(held_on, 6, 2) = '07'")) == 0);
    // Eleven meetings a year, ten in a period's first (August too is a holiday then, as its reports say).
    const QStringList perYear = corner.column(QStringLiteral(
        "SELECT COUNT(*) FROM og_meetings GROUP BY municipality_id, substr(held_on, 1, 4) ORDER BY "
        "municipality_id, substr(held_on, 1, 4)"));
    CHECK(perYear == QStringList{QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("10"),
                                 QStringLiteral("11"), QStringLiteral("10"), QStringLiteral("11"),
                                 QStringLiteral("10"), QStringLiteral("11")});
    // Inspections in the spring, test purchases in April and October, as the targets plan them.
    CHECK(corner.count(QStringLiteral("SELECT COUNT(*) FROM inspections WHERE kind <> 'uppfoljning' AND "
                                      "substr(held_on, 6, 2) NOT IN ('03', '04', '05')")) == 0);
    CHECK(
        corner.count(QStringLiteral("SELECT COUNT(*) FROM test_purchases WHERE substr(made_on, 6, 2) NOT IN "
                                    "('04', '05', '10', '11')")) == 0);
    // Walks in the spring and autumn only.
    CHECK(corner.count(QStringLiteral("SELECT COUNT(*) FROM walks WHERE substr(walked_on, 6, 2) IN ('06', "
                                      "'07', '12', '01')")) == 0);
}

TEST_CASE("The whole region: 26 municipalities in three police areas, five periods each, about 250,000 "
          "records with their change log, and check passes",
          "[demo][region][long]") {
    TestFile folder;
    const QString path = folder.pathFor(QStringLiteral("region.sqlite"));
    const auto made = run({QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("region"),
                           QStringLiteral("--db"), path});
    INFO(made.err.toStdString());
    REQUIRE(made.exit == lk::CommandLine::Ok);

    const auto checked = run({QStringLiteral("check"), QStringLiteral("--db"), path});
    INFO(checked.err.toStdString());
    CHECK(checked.exit == lk::CommandLine::Ok);

    auto document = lk::Document::open(path);
    REQUIRE(document.ok());
    const auto count = [&document](const QString& statement) {
        return scalar(**document, statement).toLongLong();
    };
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM municipalities")) == 26);
    CHECK(count(QStringLiteral("SELECT COUNT(DISTINCT police_area) FROM municipalities")) == 3);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM (SELECT municipality_id FROM periods GROUP BY "
                               "municipality_id HAVING COUNT(*) = 5)")) == 26);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM visits WHERE substr(visited_on, 6, 2) = '07'")) == 0);
    qint64 total = 0;
    auto tables = lk::sql::run(
        (*document)->database().connection(),
        // The records' tables: not the change log, the settings, or the search's (its registers, its index
        // and the tables FTS5 keeps it in).
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                       "IN ('audit_log', 'settings') AND name NOT LIKE 'search\\_%' ESCAPE '\\'"));
    REQUIRE(tables.ok());
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    for (const QString& table : names)
        total += count(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    CHECK(total >= 225000);
    CHECK(total <= 275000);
    // Every record came in through the Repository, each with its row in the change log.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'insert'")) == total - 8);
}
