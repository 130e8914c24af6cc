#include "common/isodate.h"
#include "io/sheetwriter.h"
#include "register/recordtablemodel.h"
#include "testserver.h"
#include "tobacco/retailerfollowup.h"
#include "tobaccofixture.h"

#include <QAbstractItemModelTester>

using namespace lk;
using namespace lk::test;

namespace {

RetailerFollowUp::Due dueOf(const TobaccoFile& tobacco, const QDate& today) {
    auto due = RetailerFollowUp::ofRetailer(tobacco.repository, tobacco.retailer, today);
    INFO(due.message().toStdString());
    REQUIRE(due.ok());
    return *due;
}

} // namespace

TEST_CASE("A retailer never inspected is due now, and one inspected is due the set time after", "[tobacco]") {
    TobaccoFile tobacco;
    const QDate today(2022, 11, 25);
    RetailerFollowUp::Due due = dueOf(tobacco, today);
    CHECK_FALSE(due.lastInspection.isValid());
    CHECK(due.nextInspection == today);

    tobacco.inspect(QDate(2021, 3, 9));
    tobacco.inspect(QDate(2022, 3, 9));
    due = dueOf(tobacco, today);
    CHECK(due.lastInspection == QDate(2022, 3, 9));
    CHECK(due.nextInspection == QDate(2023, 3, 9));

    const qint64 audit = auditCount(tobacco.repository);
    REQUIRE(RetailerFollowUp::setMonths(tobacco.repository, 6).ok());
    CHECK(auditCount(tobacco.repository) == audit + 1);
    CHECK(dueOf(tobacco, today).nextInspection == QDate(2022, 9, 9));
    const Status refused = RetailerFollowUp::setMonths(tobacco.repository, 0);
    REQUIRE_FALSE(refused.ok());
    CHECK(RetailerFollowUp::months(tobacco.repository).value() == 6);
}

TEST_CASE("A follow-up stays open until a later follow-up inspection", "[tobacco]") {
    TobaccoFile tobacco;
    const Record first = tobacco.inspect(QDate(2022, 3, 9), {1, 2}, QStringLiteral("forelaggande"));
    REQUIRE(tobacco.document
                ->update(TobaccoRegisters::inspections(), first.uuid,
                         {{QStringLiteral("follow_up_on"), QDate(2022, 5, 8)}})
                .ok());
    RetailerFollowUp::Due due = dueOf(tobacco, QDate(2022, 6, 1));
    REQUIRE(due.openFollowUps.size() == 1);
    CHECK(due.openFollowUps.first().uuid == first.uuid);

    // An ordinary inspection does not answer it; a follow-up inspection does.
    tobacco.inspect(QDate(2022, 4, 1));
    CHECK(dueOf(tobacco, QDate(2022, 6, 1)).openFollowUps.size() == 1);
    tobacco.inspect(QDate(2022, 5, 5), {}, QStringLiteral("ingen"), QStringLiteral("uppfoljning"));
    CHECK(dueOf(tobacco, QDate(2022, 6, 1)).openFollowUps.isEmpty());
}

TEST_CASE("Only active retailers are due for inspection", "[tobacco]") {
    TobaccoFile tobacco;
    insertRecord(tobacco.repository, TobaccoRegisters::retailers(),
                 merged(retailerValues(tobacco.municipality, QStringLiteral("Kiosken")),
                        {{QStringLiteral("status"), QStringLiteral("stangd")}}));
    auto all = RetailerFollowUp::of(tobacco.repository, tobacco.municipality, QDate(2022, 11, 25));
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK(all->first().retailer.uuid == tobacco.retailer.uuid);
}

TEST_CASE("The count of late retailers agrees with each retailer's own dates", "[tobacco][postgres]") {
    // The date arithmetic differs between the engines (Dialect::datePlusMonths): both must agree with C++.
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    TobaccoFile tobacco(engine);
    const Record recent =
        insertRecord(tobacco.repository, TobaccoRegisters::retailers(),
                     retailerValues(tobacco.municipality, QStringLiteral("Nyss tillsynad")));
    const Record followUp =
        insertRecord(tobacco.repository, TobaccoRegisters::retailers(),
                     retailerValues(tobacco.municipality, QStringLiteral("Uppföljning väntar")));
    insertRecord(tobacco.repository, TobaccoRegisters::retailers(),
                 retailerValues(tobacco.municipality, QStringLiteral("Aldrig tillsynad")));
    insertRecord(tobacco.repository, TobaccoRegisters::retailers(),
                 merged(retailerValues(tobacco.municipality, QStringLiteral("Nedlagd")),
                        {{QStringLiteral("status"), QStringLiteral("stangd")}}));
    const QDate today(2022, 11, 25);
    tobacco.inspect(QDate(2021, 10, 1)); // the fixture's retailer: last inspected over a year ago
    tobacco.inspect(QDate(2022, 9, 1), {}, QStringLiteral("ingen"), QStringLiteral("ordinarie"), recent.id);
    const Record injunction = tobacco.inspect(QDate(2022, 9, 1), {0, 1}, QStringLiteral("forelaggande"),
                                              QStringLiteral("ordinarie"), followUp.id);
    REQUIRE(tobacco.document
                ->update(TobaccoRegisters::inspections(), injunction.uuid,
                         {{QStringLiteral("follow_up_on"), QDate(2022, 11, 1)}})
                .ok());

    auto all = RetailerFollowUp::of(tobacco.repository, tobacco.municipality, today);
    REQUIRE(all.ok());
    QSet<qint64> late;
    for (const RetailerFollowUp::Due& due : *all) {
        if (due.late(today))
            late.insert(due.retailer.id);
    }
    CHECK(late.size() == 3); // over a year ago, the follow-up past its date, and never inspected
    CHECK(RetailerFollowUp::late(tobacco.repository, tobacco.municipality, today).value() == late);
    // The day the year is up is not yet late, the day after is (the one never inspected is late on both).
    CHECK(
        RetailerFollowUp::late(tobacco.repository, tobacco.municipality, QDate(2022, 10, 1)).value().size() ==
        1);
    CHECK(
        RetailerFollowUp::late(tobacco.repository, tobacco.municipality, QDate(2022, 10, 2)).value().size() ==
        2);
}

namespace {

// The cells a table writes for a spreadsheet, kept to be read back.
struct CollectedSheet : SheetWriter {
    QList<Column> columns;
    QList<QVariantList> rows;
    Status addSheet(const QString&, const QList<Column>& sheetColumns) override {
        columns = sheetColumns;
        return {};
    }
    Status addRow(const QVariantList& cells) override {
        rows << cells;
        return {};
    }
    Status commit() override { return {}; }
};

} // namespace

TEST_CASE("The retailers' list shows each one's next due date and standing by the rule the badge counts by",
          "[tobacco][postgres]") {
    const Engine engine = GENERATE(from_range(engines()));
    INFO(engineName(engine));
    TobaccoFile tobacco(engine); // its retailer: inspected 2021-10-01, over a year before `today`
    const Record recent =
        insertRecord(tobacco.repository, TobaccoRegisters::retailers(),
                     retailerValues(tobacco.municipality, QStringLiteral("Nyss tillsynad")));
    const Record followUp =
        insertRecord(tobacco.repository, TobaccoRegisters::retailers(),
                     retailerValues(tobacco.municipality, QStringLiteral("Uppföljning väntar")));
    const Record never =
        insertRecord(tobacco.repository, TobaccoRegisters::retailers(),
                     retailerValues(tobacco.municipality, QStringLiteral("Aldrig tillsynad")));
    const Record closed = insertRecord(tobacco.repository, TobaccoRegisters::retailers(),
                                       merged(retailerValues(tobacco.municipality, QStringLiteral("Nedlagd")),
                                              {{QStringLiteral("status"), QStringLiteral("stangd")}}));
    const QDate today(2022, 11, 25);
    tobacco.inspect(QDate(2021, 10, 1));
    tobacco.inspect(QDate(2022, 9, 1), {}, QStringLiteral("ingen"), QStringLiteral("ordinarie"), recent.id);
    const Record injunction = tobacco.inspect(QDate(2022, 9, 1), {0}, QStringLiteral("forelaggande"),
                                              QStringLiteral("ordinarie"), followUp.id);
    REQUIRE(tobacco.document
                ->update(TobaccoRegisters::inspections(), injunction.uuid,
                         {{QStringLiteral("follow_up_on"), QDate(2022, 11, 1)}})
                .ok());

    RecordTableModel model(tobacco.document.get(), TobaccoRegisters::retailers(), {QStringLiteral("name")});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    auto columns = RetailerFollowUp::columns(tobacco.repository, today);
    REQUIRE(columns.ok());
    model.setComputedColumns(*columns);
    model.setParentFilter(QStringLiteral("municipality_id"), tobacco.municipality);
    REQUIRE(model.columnCount() == 3);
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("Next inspection"));
    CHECK(model.headerData(2, Qt::Horizontal).toString() == QStringLiteral("Inspection status"));
    CHECK_FALSE(model.flags(model.index(0, 1)).testFlag(Qt::ItemIsEditable));

    // Every active retailer's date is its own Due::nextDue, and its status says late exactly when late()
    // does.
    auto late = RetailerFollowUp::late(tobacco.repository, tobacco.municipality, today);
    REQUIRE(late.ok());
    auto all = RetailerFollowUp::of(tobacco.repository, tobacco.municipality, today);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 4);
    for (const RetailerFollowUp::Due& due : *all) {
        const int row = model.rowOf(due.retailer.uuid);
        REQUIRE(row >= 0);
        INFO(due.retailer.value(QStringLiteral("name")).toString().toStdString());
        CHECK(model.index(row, 1).data(Qt::EditRole).toDate() == due.nextDue());
        CHECK(model.index(row, 1).data().toString() == isoDate(due.nextDue()));
        CHECK((model.index(row, 2).data(Qt::EditRole).toString() != QStringLiteral("i_tid")) ==
              due.late(today));
        CHECK(late->contains(due.retailer.id) == due.late(today));
    }
    CHECK(model.index(model.rowOf(tobacco.retailer.uuid), 1).data().toString() ==
          QStringLiteral("2022-10-01"));
    CHECK(model.index(model.rowOf(tobacco.retailer.uuid), 2).data().toString() == QStringLiteral("Overdue"));
    CHECK(model.index(model.rowOf(followUp.uuid), 1).data().toString() == QStringLiteral("2022-11-01"));
    CHECK(model.index(model.rowOf(followUp.uuid), 2).data().toString() == QStringLiteral("Overdue"));
    CHECK(model.index(model.rowOf(recent.uuid), 1).data().toString() == QStringLiteral("2023-09-01"));
    CHECK(model.index(model.rowOf(recent.uuid), 2).data().toString() == QStringLiteral("On time"));
    CHECK(model.index(model.rowOf(never.uuid), 1).data().toString() == QStringLiteral("2022-11-25"));
    CHECK(model.index(model.rowOf(never.uuid), 2).data().toString() ==
          QStringLiteral("Never inspected: due now"));
    // A retailer no longer active is due for nothing.
    CHECK(model.index(model.rowOf(closed.uuid), 1).data().toString().isEmpty());
    CHECK(model.index(model.rowOf(closed.uuid), 2).data().toString().isEmpty());

    // Sorted as dates, the earliest due first; the closed one, with none, before them all.
    model.sort(1, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < model.rowCount(); ++row)
        order << model.index(row, 0).data().toString();
    CHECK(order == QStringList{QStringLiteral("Nedlagd"), QStringLiteral("Livs i Salems centrum"),
                               QStringLiteral("Uppföljning väntar"), QStringLiteral("Aldrig tillsynad"),
                               QStringLiteral("Nyss tillsynad")});
    // The filter finds the status by its words.
    model.setTextFilter(QStringLiteral("overdue"));
    CHECK(model.rowCount() == 2);
    model.setTextFilter({});

    // An inspection elsewhere in the file moves the date at once.
    REQUIRE(tobacco.document
                ->insert(TobaccoRegisters::inspections(),
                         recordOf(inspectionValues(never.id, QDate(2022, 11, 20))))
                .ok());
    CHECK(model.index(model.rowOf(never.uuid), 1).data().toString() == QStringLiteral("2023-11-20"));
    CHECK(model.index(model.rowOf(never.uuid), 2).data().toString() == QStringLiteral("On time"));

    // The table written for Excel: the date as a date, the status in words.
    CollectedSheet sheet;
    REQUIRE(model.writeTo(sheet, QStringLiteral("Retailers")).ok());
    REQUIRE(sheet.columns.size() == 3);
    CHECK(sheet.columns.at(1).header == QStringLiteral("Next inspection"));
    CHECK(sheet.columns.at(1).kind == SheetWriter::Kind::Date);
    REQUIRE(sheet.rows.size() == 5);
    CHECK(sheet.rows.at(1).at(1) == QVariant(QDate(2022, 10, 1)));
    CHECK(sheet.rows.at(1).at(2) == QVariant(QStringLiteral("Overdue")));
    CHECK_FALSE(sheet.rows.at(0).at(1).isValid());
}
