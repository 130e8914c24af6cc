// Tobacco benchmark: a county-sized register (default 2,000 retailers, each with 10 inspections of 8
// checklist points and 10 test purchases over five years), and how long what the tobacco page does takes on
// it: the retailers' table, the late retailers in one query (the badge and the list's tint) and worked out
// retailer by retailer (what the query must agree with), one retailer's dates, the history of a hundred
// retailers in one query each against a query per inspection, compliance per year and per half-year, and
// saving one inspection with its results as one undoable step. Prints each figure and ratios measured in the
// same run; exits 1 if the two ways to find the late retailers, or to read the histories, disagree.
//   build/bin/tobacco_bench [RETAILERS]
#include "benchsupport.h"
#include "db/transaction.h"
#include "document/document.h"
#include "io/templates.h"
#include "register/recordtablemodel.h"
#include "tobacco/compliance.h"
#include "tobacco/inspectiondraft.h"
#include "tobacco/retailerfollowup.h"
#include "tobacco/retailerhistory.h"
#include "tobacco/tobaccoregisters.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace lk;
using namespace lk::bench;

namespace {

QTextStream out(stdout);

// A company's organisation number (556xxx-xxxx) with a right Luhn check digit.
QString organisationNumber(int serial) {
    const QString nine = QStringLiteral("556%1").arg(serial, 6, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        int digit = nine.at(i).digitValue() * (i % 2 == 0 ? 2 : 1);
        sum += digit > 9 ? digit - 9 : digit;
    }
    return nine.left(6) + QLatin1Char('-') + nine.mid(6) + QString::number((10 - sum % 10) % 10);
}

void fill(const Repository& repository, int retailers) {
    QRandomGenerator random(4711);
    const qint64 municipality = idOf(repository, QStringLiteral("SELECT id FROM municipalities"));
    QList<qint64> points;
    auto query =
        must(sql::run(repository.database(), QStringLiteral("SELECT id FROM checklist_points")), "points");
    while (query.next())
        points << query.value(0).toLongLong();
    const QStringList outcomes{QStringLiteral("fragade_leg"), QStringLiteral("fragade_leg"),
                               QStringLiteral("nekade"), QStringLiteral("salde_utan")};
    Transaction transaction(repository.database());
    for (int r = 0; r < retailers; ++r) {
        Record retailer;
        retailer.values = {{QStringLiteral("municipality_id"), municipality},
                           {QStringLiteral("name"), QStringLiteral("Butik %1").arg(r)},
                           {QStringLiteral("org_number"), organisationNumber(r)},
                           {QStringLiteral("address"), QStringLiteral("Storgatan %1").arg(r % 90 + 1)},
                           {QStringLiteral("status"), QStringLiteral("aktiv")}};
        const qint64 retailerId =
            must(repository.insert(TobaccoRegisters::retailers(), retailer, Repository::Stamp::Now),
                 "retailer")
                .id;
        for (int i = 0; i < 10; ++i) {
            const QDate day = QDate(2021, 1, 1).addDays(int(random.bounded(1825)));
            const bool deficient = random.bounded(4) == 0;
            Record inspection;
            inspection.values = {{QStringLiteral("retailer_id"), retailerId},
                                 {QStringLiteral("held_on"), day},
                                 {QStringLiteral("kind"), QStringLiteral("ordinarie")},
                                 {QStringLiteral("decision"),
                                  deficient ? QStringLiteral("forelaggande") : QStringLiteral("ingen")}};
            if (deficient) {
                inspection.values.insert(QStringLiteral("decided_on"), day);
                inspection.values.insert(QStringLiteral("follow_up_on"), day.addMonths(2));
            }
            const qint64 inspectionId =
                must(repository.insert(TobaccoRegisters::inspections(), inspection, Repository::Stamp::Now),
                     "inspection")
                    .id;
            for (int p = 0; p < points.size(); ++p) {
                Record result;
                result.values = {{QStringLiteral("inspection_id"), inspectionId},
                                 {QStringLiteral("point_id"), points.at(p)},
                                 {QStringLiteral("result"), deficient && p == r % points.size()
                                                                ? QStringLiteral("brist")
                                                                : QStringLiteral("ok")}};
                must(repository.insert(TobaccoRegisters::inspectionResults(), result, Repository::Stamp::Now),
                     "result");
            }
            Record purchase;
            purchase.values = {{QStringLiteral("retailer_id"), retailerId},
                               {QStringLiteral("made_on"), day.addDays(int(random.bounded(60)))},
                               {QStringLiteral("buyer_age"), 18 + int(random.bounded(3))},
                               {QStringLiteral("outcome"), outcomes.at(int(random.bounded(4)))}};
            must(repository.insert(TobaccoRegisters::testPurchases(), purchase, Repository::Stamp::Now),
                 "purchase");
        }
    }
    must(transaction.commit(), "commit");
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    const int retailers = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    QTemporaryDir dir;
    auto database =
        must(Templates::createFile(dir.filePath(QStringLiteral("tobak.sqlite")), Templates::defaultName()),
             "create");
    const double filling = timed([&] { fill(Repository(database->connection()), retailers); });
    Document document(std::move(database));
    const Repository repository = document.repository();
    const qint64 municipality = idOf(repository, QStringLiteral("SELECT id FROM municipalities"));
    const int records = retailers * (1 + 10 * (1 + 8 + 1));
    out << "Tobacco benchmark: " << records << " records (" << retailers << " retailers, " << retailers * 10
        << " inspections with " << retailers * 80 << " results, " << retailers * 10 << " test purchases)\n";
    out << QStringLiteral("  fill                          %1 ms (%2 records/s)\n")
               .arg(filling, 0, 'f', 0)
               .arg(records / filling * 1000, 0, 'f', 0);

    // The retailers' tab: the municipality's retailers, then filtered by part of a name.
    RecordTableModel model(&document, TobaccoRegisters::retailers(),
                           {QStringLiteral("name"), QStringLiteral("org_number"), QStringLiteral("status")});
    const double tableAll =
        timed([&] { model.setCondition(QStringLiteral("t.municipality_id = ?"), {municipality}); });
    const double tableFiltered = timed([&] { model.setTextFilter(QStringLiteral("Butik 17")); });
    // The same with the list's columns of when each is next due, then sorted by that date.
    model.setTextFilter({});
    const auto dueColumns = must(RetailerFollowUp::columns(repository, QDate(2026, 1, 15)), "columns");
    const double tableDue = timed([&] { model.setComputedColumns(dueColumns); });
    const double tableByDue = timed([&] { model.sort(3, Qt::AscendingOrder); });
    out << QStringLiteral("  table, all retailers          %1 ms\n").arg(tableAll, 0, 'f', 1);
    out << QStringLiteral("  table, filtered by name       %1 ms\n").arg(tableFiltered, 0, 'f', 1);
    out << QStringLiteral("  table with next inspection    %1 ms\n").arg(tableDue, 0, 'f', 1);
    out << QStringLiteral("  table sorted by it            %1 ms\n").arg(tableByDue, 0, 'f', 1);

    const QDate today(2026, 1, 15);
    QSet<qint64> late;
    const double badge =
        timed([&] { late = must(RetailerFollowUp::late(repository, municipality, today), "late"); });
    QList<RetailerFollowUp::Due> all;
    const double each =
        timed([&] { all = must(RetailerFollowUp::of(repository, municipality, today), "due"); });
    QSet<qint64> lateEach;
    for (const RetailerFollowUp::Due& due : all) {
        if (due.late(today))
            lateEach.insert(due.retailer.id);
    }
    out << QStringLiteral("  late retailers, one query     %1 ms (%2 late)\n")
               .arg(badge, 0, 'f', 1)
               .arg(late.size());
    out << QStringLiteral("  late retailers, one by one    %1 ms (%2 late)\n")
               .arg(each, 0, 'f', 1)
               .arg(lateEach.size());
    const Record first = all.first().retailer;
    const double one = timed([&] { must(RetailerFollowUp::ofRetailer(repository, first, today), "one"); });
    out << QStringLiteral("  one retailer's dates          %1 ms\n").arg(one, 0, 'f', 2);

    // The retailers' tab shows the selected retailer's history: one query, against the way it was read before
    // (the inspections, then each one's results, then the test purchases). Both count the deficiencies.
    const QList<RetailerFollowUp::Due> hundred = all.mid(0, 100);
    int deficienciesOne = 0;
    const double historyOne = timed([&] {
        for (const RetailerFollowUp::Due& due : hundred) {
            for (const RetailerHistory::Entry& entry :
                 must(RetailerHistory::of(repository, due.retailer.id), "history"))
                deficienciesOne += entry.deficiencies;
        }
    });
    int deficienciesEach = 0;
    const double historyEach = timed([&] {
        for (const RetailerFollowUp::Due& due : hundred) {
            for (const Record& inspection : must(repository.list(TobaccoRegisters::inspections(),
                                                                 inspections::retailerId, due.retailer.id),
                                                 "inspections")) {
                for (const Record& result :
                     must(repository.list(TobaccoRegisters::inspectionResults(),
                                          inspectionResults::inspectionId, inspection.id),
                          "results"))
                    if (result.value(inspectionResults::result).toString() == QStringLiteral("brist"))
                        ++deficienciesEach;
            }
            must(repository.list(TobaccoRegisters::testPurchases(), testPurchases::retailerId,
                                 due.retailer.id),
                 "purchases");
        }
    });
    out << QStringLiteral("  %1 histories, one query      %2 ms (%3 deficiencies)\n")
               .arg(hundred.size())
               .arg(historyOne, 0, 'f', 1)
               .arg(deficienciesOne);
    out << QStringLiteral("  %1 histories, per inspection %2 ms (%3 deficiencies)\n")
               .arg(hundred.size())
               .arg(historyEach, 0, 'f', 1)
               .arg(deficienciesEach);

    QList<Compliance::Slice> years;
    QList<Compliance::Slice> halves;
    const QDate from(2021, 1, 1);
    const QDate to(2025, 12, 31);
    const double perYear = timed([&] {
        years = must(Compliance::of(repository, municipality, from, to, Compliance::Step::Year), "y");
    });
    const double perHalf = timed([&] {
        halves = must(Compliance::of(repository, municipality, from, to, Compliance::Step::HalfYear), "h");
    });
    out << QStringLiteral("  compliance per year (%1)       %2 ms (%3: %4 % asked for ID)\n")
               .arg(years.size())
               .arg(perYear, 0, 'f', 1)
               .arg(years.first().label)
               .arg(years.first().idAskedShare(), 0, 'f', 1);
    out << QStringLiteral("  compliance per half-year (%1) %2 ms\n")
               .arg(halves.size())
               .arg(perHalf, 0, 'f', 1);

    InspectionDraft draft = must(InspectionDraft::startNew(repository, first.id, today), "draft");
    draft.rows[1].result = QStringLiteral("brist");
    const double saving = timed([&] {
        must(document.perform(must(draft.changes(repository), "changes"), QStringLiteral("Tillsyn")), "save");
    });
    out << QStringLiteral("  save one inspection (%1 rows)  %2 ms\n")
               .arg(draft.rows.size())
               .arg(saving, 0, 'f', 1);

    out << QStringLiteral(
               "Ratios: retailer by retailer / one query %1; history per inspection / one query %2; "
               "half-years / years %3\n")
               .arg(each / badge, 0, 'f', 1)
               .arg(historyEach / historyOne, 0, 'f', 1)
               .arg(perHalf / perYear, 0, 'f', 2);
    return late == lateEach && deficienciesOne == deficienciesEach ? 0 : 1;
}
