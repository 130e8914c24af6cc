// Police benchmark: a municipality with years of police activity (default 20,000 traffic controls, 20,000
// visits to 200 units, 5,000 drug operations), and how long the things the police page and an exchange do
// take on it: a filtered table page, the targets' progress, a whole export, an exchange export of 1 %
// changed, its preview and its import. Prints each figure and ratios measured in the same run.
//   build/bin/police_bench [TRAFFIC_CONTROLS]
#include "benchsupport.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "document/document.h"
#include "io/exchange.h"
#include "io/jsonexporter.h"
#include "io/jsonimporter.h"
#include "io/templates.h"
#include "police/policeregisters.h"
#include "promises/promiseregisters.h"
#include "promises/targetprogress.h"
#include "register/recordtablemodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace lk;
using namespace lk::bench;

namespace {

QTextStream out(stdout);

void fill(const Repository& repository, int controls) {
    QRandomGenerator random(4711);
    const qint64 municipality = idOf(repository, QStringLiteral("SELECT id FROM municipalities"));
    const qint64 traffic =
        idOf(repository, QStringLiteral("SELECT id FROM promises WHERE title = 'Trafikkontroller'"));
    const qint64 drugs = idOf(
        repository, QStringLiteral("SELECT id FROM promises WHERE title = 'Riktat arbete mot narkotika'"));
    Transaction transaction(repository.database());
    QList<qint64> units;
    for (int u = 0; u < 200; ++u) {
        Record unit;
        unit.values = {
            {QStringLiteral("municipality_id"), municipality},
            {QStringLiteral("name"), QStringLiteral("Enhet %1").arg(u)},
            {QStringLiteral("kind"), u % 3 == 0 ? QStringLiteral("fritidsgard") : QStringLiteral("skola")}};
        units << must(repository.insert(PoliceRegisters::units(), unit, Repository::Stamp::Now), "unit").id;
    }
    const QStringList places{QStringLiteral("Rönningevägen"), QStringLiteral("Södertäljevägen"),
                             QStringLiteral("Salemsvägen"), QStringLiteral("Skolvägen")};
    const QStringList focus{QStringLiteral("hastighet"), QStringLiteral("rattfylleri,drograttfylleri"),
                            QStringLiteral("livsstilskriminella")};
    for (int i = 0; i < controls; ++i) {
        const QDate day = QDate(2021, 1, 1).addDays(int(random.bounded(730)));
        Record control;
        control.values = {{QStringLiteral("municipality_id"), municipality},
                          {QStringLiteral("promise_id"), traffic},
                          {QStringLiteral("held_on"), day},
                          {QStringLiteral("place"), places.at(i % places.size())},
                          {QStringLiteral("focus"), focus.at(i % focus.size())},
                          {QStringLiteral("vehicles_checked"), int(random.bounded(150))}};
        must(repository.insert(PoliceRegisters::trafficControls(), control, Repository::Stamp::Now),
             "control");
        Record visit;
        visit.values = {{QStringLiteral("municipality_id"), municipality},
                        {QStringLiteral("promise_id"), drugs},
                        {QStringLiteral("unit_id"), units.at(i % units.size())},
                        {QStringLiteral("visited_on"), day},
                        {QStringLiteral("purpose"), QStringLiteral("kontakt")},
                        {QStringLiteral("initiated_by"), QStringLiteral("polisen")}};
        must(repository.insert(PoliceRegisters::visits(), visit, Repository::Stamp::Now), "visit");
        if (i % 4 == 0) {
            Record operation;
            operation.values = {{QStringLiteral("municipality_id"), municipality},
                                {QStringLiteral("promise_id"), drugs},
                                {QStringLiteral("held_on"), day},
                                {QStringLiteral("place"), places.at(i % places.size())}};
            must(repository.insert(PoliceRegisters::drugOperations(), operation, Repository::Stamp::Now),
                 "operation");
        }
    }
    for (const auto& [promise, source, per, each] : {std::tuple{traffic, "traffic_controls", "ar", ""},
                                                     std::tuple{drugs, "visits", "termin", "skola"}}) {
        Record target;
        target.values = {{QStringLiteral("promise_id"), promise},
                         {QStringLiteral("counted"), QString::fromLatin1(source)},
                         {QStringLiteral("quantity"), 2},
                         {QStringLiteral("per"), QString::fromLatin1(per)},
                         {QStringLiteral("source"), QString::fromLatin1(source)}};
        if (*each)
            target.values.insert(QStringLiteral("each_unit"), QString::fromLatin1(each));
        must(repository.insert(PromiseRegisters::targets(), target, Repository::Stamp::Now), "target");
    }
    must(transaction.commit(), "commit");
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    const int controls = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20000;
    QTemporaryDir dir;
    const QString police = dir.filePath(QStringLiteral("polisen.sqlite"));
    const QString coordinator = dir.filePath(QStringLiteral("samordnaren.sqlite"));

    auto database = must(Templates::createFile(police, Templates::defaultName()), "create");
    const double filling = timed([&] { fill(Repository(database->connection()), controls); });
    must(database->saveCopy(coordinator), "copy");
    Document document(std::move(database));
    const Repository repository = document.repository();
    const int records = controls * 2 + controls / 4 + 200;
    out << "Police benchmark: " << records << " activity records (" << controls << " traffic controls)\n";
    out << QStringLiteral("  fill                          %1 ms (%2 records/s)\n")
               .arg(filling, 0, 'f', 0)
               .arg(records / filling * 1000, 0, 'f', 0);

    // The traffic-control tab: the period's controls, filtered by a place, sorted by date.
    RecordTableModel model(&document, PoliceRegisters::trafficControls(),
                           {QStringLiteral("held_on"), QStringLiteral("place"), QStringLiteral("focus"),
                            QStringLiteral("vehicles_checked")});
    const double tableAll = timed(
        [&] { model.setCondition(QStringLiteral("t.held_on BETWEEN '2021-01-01' AND '2022-12-31'"), {}); });
    const double tableFiltered = timed([&] { model.setTextFilter(QStringLiteral("Rönninge")); });
    const double tableFocus = timed([&] { model.setTextFilter(QStringLiteral("Rattfylleri")); });
    out << QStringLiteral("  table, the period's controls  %1 ms\n").arg(tableAll, 0, 'f', 1);
    out << QStringLiteral("  table, filtered by place      %1 ms\n").arg(tableFiltered, 0, 'f', 1);
    out << QStringLiteral("  table, filtered by focus      %1 ms\n").arg(tableFocus, 0, 'f', 1);

    const qint64 period = idOf(repository, QStringLiteral("SELECT id FROM periods"));
    QList<TargetProgress::Progress> progress;
    const double counting =
        timed([&] { progress = must(TargetProgress::ofPeriod(repository, period), "progress"); });
    out << QStringLiteral("  targets' progress (%1)        %2 ms\n")
               .arg(progress.size())
               .arg(counting, 0, 'f', 1);

    QByteArray whole;
    const double exportAll = timed([&] { whole = must(JsonExporter::exportAll(repository), "export"); });
    out << QStringLiteral("  whole export (%1 MB)        %2 ms\n")
               .arg(whole.size() / 1e6, 0, 'f', 1)
               .arg(exportAll, 0, 'f', 0);

    // 1 % of the controls change after the last exchange.
    // (Stamped ahead of the clock, so that no record of the fill counts as changed since.)
    const QString since = QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::ISODate);
    must(sql::run(repository.database(),
                  QStringLiteral(
                      "UPDATE traffic_controls SET vehicles_checked = vehicles_checked + 1, updated_at = ? "
                      "WHERE id % 100 = 0"),
                  {QDateTime::currentDateTimeUtc().addSecs(3).toString(Qt::ISODate)}),
         "change");
    QByteArray changes;
    const double exportChanges = timed([&] {
        changes = must(Exchange::write(repository, since, QDateTime::currentDateTimeUtc()), "exchange");
    });
    out << QStringLiteral("  exchange export (%1 kB)       %2 ms\n")
               .arg(changes.size() / 1e3, 0, 'f', 0)
               .arg(exportChanges, 0, 'f', 0);

    auto other = must(Database::open(coordinator), "open copy");
    const Repository target(other->connection());
    ImportSummary previewed;
    ImportSummary imported;
    const double preview = timed([&] {
        previewed = must(JsonImporter::import(target, changes, JsonImporter::Mode::Preview), "preview");
    });
    const double apply = timed([&] { imported = must(JsonImporter::import(target, changes), "import"); });
    const double again = timed([&] { must(JsonImporter::import(target, changes), "import again"); });
    out << QStringLiteral("  exchange preview              %1 ms (%2 to update)\n")
               .arg(preview, 0, 'f', 0)
               .arg(previewed.updated);
    out << QStringLiteral("  exchange import               %1 ms (%2 updated, %3 conflicts)\n")
               .arg(apply, 0, 'f', 0)
               .arg(imported.updated)
               .arg(imported.conflicts.size());
    out << QStringLiteral("  the same import again         %1 ms\n").arg(again, 0, 'f', 0);
    out << QStringLiteral(
               "Ratios: exchange export / whole export %1; import / whole export %2; filtered table / "
               "period table %3\n")
               .arg(exportChanges / exportAll, 0, 'f', 2)
               .arg(apply / exportAll, 0, 'f', 2)
               .arg(tableFiltered / tableAll, 0, 'f', 2);
    return 0;
}
