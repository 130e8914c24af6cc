#include "catchqt.h"
#include "demo/demodata.h"
#include "og/cadence.h"
#include "ogfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace lk;
using namespace lk::test;

namespace {

const QStringList ogTables{QStringLiteral("og_meetings"), QStringLiteral("og_attendance"),
                           QStringLiteral("og_cases"), QStringLiteral("og_case_notes"),
                           QStringLiteral("action_items")};

// A file filled with the demo data.
struct DemoFile {
    TestFile file;
    std::unique_ptr<Document> document = file.open();
    Repository repository = document->repository();

    DemoFile() {
        const Status filled = DemoData::fill(repository, QStringLiteral("sample"));
        INFO(filled.message().toStdString());
        REQUIRE(filled.ok());
    }

    QStringList column(const QString& statement) const {
        auto rows = sql::run(repository.database(), statement);
        REQUIRE(rows.ok());
        QStringList values;
        while (rows->next())
            values << rows->value(0).toString();
        return values;
    }
};

} // namespace

TEST_CASE("The demo holds 21 meetings over 2021-2022, monthly but for the summer holidays", "[og]") {
    DemoFile demo;
    CHECK(rowCount(demo.repository, QStringLiteral("og_meetings")) == 21);
    const QStringList months =
        demo.column(QStringLiteral("SELECT substr(held_on, 1, 7) FROM og_meetings ORDER BY held_on"));
    REQUIRE(months.size() == 21);
    QStringList distinct = months;
    CHECK(distinct.removeDuplicates() == 0); // one a month at most
    for (int year : {2021, 2022}) {
        for (int month = 1; month <= 12; ++month) {
            const QString key = QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
            INFO(key.toStdString());
            const bool holiday = month == 7 || (year == 2021 && month == 8);
            CHECK(months.contains(key) == !holiday);
        }
    }
    // Every meeting has a place, a chair, minutes and someone present.
    CHECK(
        countWhere(demo.repository,
                   QStringLiteral("SELECT count(*) FROM og_meetings WHERE place IS NULL OR chair IS NULL OR "
                                  "minutes IS NULL")) == 0);
    CHECK(countWhere(demo.repository,
                     QStringLiteral("SELECT count(*) FROM og_meetings m WHERE NOT EXISTS (SELECT 1 FROM "
                                    "og_attendance a WHERE a.meeting_id = m.id AND a.present > 0)")) == 0);
}

TEST_CASE("The demo's meetings count for the promise Operativa gruppen", "[og]") {
    DemoFile demo;
    const qint64 period = scalar(*demo.document, QStringLiteral("SELECT id FROM periods")).toLongLong();
    auto promise = Cadence::countingPromise(demo.repository, period);
    REQUIRE(promise.ok());
    REQUIRE(*promise > 0);
    CHECK(scalar(*demo.document, QStringLiteral("SELECT title FROM promises WHERE id = ?"), {*promise})
              .toString() == QStringLiteral("Operativa gruppen"));
    CHECK(countWhere(demo.repository, QStringLiteral("SELECT count(*) FROM og_meetings WHERE promise_id = ?"),
                     {*promise}) == 21);

    auto years = Cadence::againstTarget(demo.repository, period);
    REQUIRE(years.ok());
    REQUIRE(years->size() == 2);
    CHECK(years->at(0).year == 2021);
    CHECK(years->at(0).held == 10);
    CHECK(years->at(0).target == 12);
    CHECK(years->at(1).year == 2022);
    CHECK(years->at(1).held == 11);
    CHECK(years->at(1).target == 12);
}

TEST_CASE("The demo's cases have codes of their year, numbered from 001, and are discussed at meetings",
          "[og]") {
    DemoFile demo;
    auto cases = demo.repository.list(OgRegisters::cases());
    REQUIRE(cases.ok());
    REQUIRE(cases->size() >= 2);
    const QRegularExpression format(QStringLiteral("^OG-(\\d{4})-(\\d{3})$"));
    QMap<int, QList<int>> numbers;
    for (const Record& record : *cases) {
        const QString code = record.value(QStringLiteral("code")).toString();
        INFO(code.toStdString());
        const QRegularExpressionMatch match = format.match(code);
        REQUIRE(match.hasMatch());
        const int year = match.captured(1).toInt();
        CHECK(year == record.value(QStringLiteral("opened_on")).toDate().year());
        numbers[year] << match.captured(2).toInt();
        CHECK(countWhere(demo.repository,
                         QStringLiteral("SELECT count(*) FROM og_case_notes WHERE case_id = ?"),
                         {record.id}) > 0);
        // Discussed only at meetings from its opening on.
        CHECK(countWhere(demo.repository,
                         QStringLiteral("SELECT count(*) FROM og_case_notes n JOIN og_meetings m ON m.id = "
                                        "n.meeting_id WHERE n.case_id = ? AND m.held_on < ?"),
                         {record.id,
                          record.value(QStringLiteral("opened_on")).toDate().toString(Qt::ISODate)}) == 0);
    }
    for (auto it = numbers.begin(); it != numbers.end(); ++it) {
        INFO("year " << it.key());
        std::sort(it->begin(), it->end());
        for (int i = 0; i < it->size(); ++i)
            CHECK(it->at(i) == i + 1);
    }
    CHECK(numbers.keys() == QList<int>{2021, 2022});
    // Some closed with an outcome, some still open.
    CHECK(countWhere(demo.repository,
                     QStringLiteral("SELECT count(*) FROM og_cases WHERE status = 'avslutad'")) > 0);
    CHECK(countWhere(demo.repository,
                     QStringLiteral("SELECT count(*) FROM og_cases WHERE status <> 'avslutad'")) > 0);
    CHECK(countWhere(demo.repository,
                     QStringLiteral(
                         "SELECT count(*) FROM og_cases WHERE status = 'avslutad' AND (outcome IS NULL OR "
                         "closed_on IS NULL)")) == 0);
}

TEST_CASE("The demo has rows in every Operativa gruppen table, and action items of its meetings", "[og]") {
    DemoFile demo;
    for (const QString& table : ogTables) {
        INFO(table.toStdString());
        CHECK(rowCount(demo.repository, table) > 0);
    }
    CHECK(countWhere(demo.repository,
                     QStringLiteral("SELECT count(*) FROM og_meetings m WHERE NOT EXISTS (SELECT 1 FROM "
                                    "action_items a WHERE a.meeting_id = m.id)")) == 0);
    // Done ones have a done date; some are still open.
    CHECK(countWhere(demo.repository,
                     QStringLiteral(
                         "SELECT count(*) FROM action_items WHERE status = 'klar' AND done_on IS NULL")) ==
          0);
    CHECK(countWhere(demo.repository,
                     QStringLiteral("SELECT count(*) FROM action_items WHERE status = 'oppen'")) > 0);
}

TEST_CASE("Every demo record of Operativa gruppen passes its register's checks", "[og]") {
    DemoFile demo;
    for (const RegisterSpec* spec :
         {&OgRegisters::meetings(), &OgRegisters::attendance(), &OgRegisters::cases(),
          &OgRegisters::caseNotes(), &OgRegisters::actionItems()}) {
        auto records = demo.repository.list(*spec);
        REQUIRE(records.ok());
        for (const Record& record : *records) {
            const Status valid = spec->validate(record);
            INFO(spec->table.toStdString() + " " + record.uuid.toStdString() + ": " +
                 valid.message().toStdString());
            CHECK(valid.ok());
        }
    }
}

TEST_CASE("Two demo files hold the same Operativa gruppen records, byte for byte in their exports", "[og]") {
    QJsonObject first;
    QJsonObject second;
    QByteArray firstBytes;
    QByteArray secondBytes;
    {
        DemoFile demo;
        firstBytes = TestFile::exportOf(*demo.document);
    }
    {
        DemoFile demo;
        secondBytes = TestFile::exportOf(*demo.document);
    }
    CHECK(firstBytes == secondBytes);
    first = QJsonDocument::fromJson(firstBytes).object();
    second = QJsonDocument::fromJson(secondBytes).object();
    for (const QString& table : ogTables) {
        INFO(table.toStdString());
        REQUIRE(first.contains(table));
        CHECK_FALSE(first.value(table).toArray().isEmpty());
        CHECK(first.value(table) == second.value(table));
    }
    CHECK(first.value(QStringLiteral("og_meetings")).toArray().size() == 21);
}
