// Safety-walk benchmark: a large municipality's register (default 2,000 unsafe places with 8 assessments each
// over four years; 1,000 walks with 20 observations each, every twentieth with a 1600 × 1200 photo), and how
// long what the walks page does takes on it: the lägesbild at a date and what changed since another, the
// actions' follow-up (overdue, share fixed in time), the list of every action (a table never reads photos:
// what reading them would cost is timed beside it), one walk's observations, and a JSON export with the
// photos. Exits 1 if the lägesbild worked out one place at a time disagrees with the one query.
//   build/bin/walks_bench [PLACES]
#include "benchsupport.h"
#include "db/transaction.h"
#include "demo/walkdemo.h"
#include "document/document.h"
#include "io/jsonexporter.h"
#include "io/templates.h"
#include "register/recordtablemodel.h"
#include "walks/situation.h"
#include "walks/walkfollowup.h"
#include "walks/walkregisters.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTextStream>

using namespace lk;
using namespace lk::bench;

namespace {

QTextStream out(stdout);

const QStringList levels{QStringLiteral("hog"), QStringLiteral("medel"), QStringLiteral("lag")};
const QStringList statuses{QStringLiteral("oppen"), QStringLiteral("pagar"), QStringLiteral("atgardad"),
                           QStringLiteral("atgardad"), QStringLiteral("avvisad")};

// A phone photo after scaling: 1600 × 1200 with enough detail that JPEG keeps it at a realistic size.
QByteArray photo() {
    QImage image(1600, 1200, QImage::Format_RGB32);
    QRandomGenerator random(7);
    QPainter painter(&image);
    for (int i = 0; i < 4000; ++i)
        painter.fillRect(QRect(random.bounded(1600), random.bounded(1200), 40, 30),
                         QColor(random.generate()));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    return bytes;
}

Record record(const QVariantMap& values) {
    Record made;
    made.values = values;
    return made;
}

void fill(const Repository& repository, int places, const QByteArray& picture) {
    QRandomGenerator random(4711);
    const qint64 municipality = idOf(repository, QStringLiteral("SELECT id FROM municipalities"));
    Transaction transaction(repository.database());
    const qint64 map =
        must(repository.insert(WalkRegisters::maps(),
                               record({{QStringLiteral("municipality_id"), municipality},
                                       {QStringLiteral("name"), QStringLiteral("Hela kommunen")},
                                       {QStringLiteral("image"), WalkDemo::mapImage()}}),
                               Repository::Stamp::Now),
             "map")
            .id;
    QList<qint64> placeIds;
    for (int p = 0; p < places; ++p) {
        const qint64 place =
            must(repository.insert(WalkRegisters::places(),
                                   record({{QStringLiteral("municipality_id"), municipality},
                                           {QStringLiteral("name"), QStringLiteral("Plats %1").arg(p)},
                                           {QStringLiteral("category"), QStringLiteral("belysning")},
                                           {QStringLiteral("map_id"), map},
                                           {QStringLiteral("pin_x"), random.bounded(1.0)},
                                           {QStringLiteral("pin_y"), random.bounded(1.0)}}),
                                   Repository::Stamp::Now),
                 "place")
                .id;
        placeIds << place;
        for (int a = 0; a < 8; ++a) {
            must(repository.insert(WalkRegisters::placeAssessments(),
                                   record({{QStringLiteral("place_id"), place},
                                           {QStringLiteral("assessed_on"),
                                            QDate(2021, 1, 1).addDays(random.bounded(4 * 365))},
                                           {QStringLiteral("level"), levels.at(random.bounded(3))},
                                           {QStringLiteral("source"), QStringLiteral("trygghetsvandring")}}),
                                   Repository::Stamp::Now),
                 "assessment");
        }
    }
    int observation = 0;
    for (int w = 0; w < places / 2; ++w) {
        const QDate walked = QDate(2021, 1, 1).addDays(random.bounded(4 * 365));
        const qint64 walk =
            must(
                repository.insert(WalkRegisters::walks(),
                                  record({{QStringLiteral("municipality_id"), municipality},
                                          {QStringLiteral("walked_on"), walked},
                                          {QStringLiteral("kind"), QStringLiteral("fysisk")},
                                          {QStringLiteral("area"), QStringLiteral("Område %1").arg(w % 40)}}),
                                  Repository::Stamp::Now),
                "walk")
                .id;
        for (int o = 0; o < 20; ++o, ++observation) {
            const QString status = statuses.at(random.bounded(int(statuses.size())));
            QVariantMap values{
                {QStringLiteral("walk_id"), walk},
                {QStringLiteral("place_id"), placeIds.at(random.bounded(int(placeIds.size())))},
                {QStringLiteral("category"), QStringLiteral("belysning")},
                {QStringLiteral("description"), QStringLiteral("Iakttagelse %1").arg(observation)},
                {QStringLiteral("action"), QStringLiteral("Åtgärd %1").arg(observation)},
                {QStringLiteral("responsible"), QStringLiteral("Gatuenheten")},
                {QStringLiteral("due_on"), WalkRegisters::dueByDefault(walked)},
                {QStringLiteral("status"), status}};
            if (status == QStringLiteral("atgardad"))
                values.insert(QStringLiteral("done_on"), walked.addDays(random.bounded(300)));
            if (status == QStringLiteral("avvisad"))
                values.insert(QStringLiteral("status_reason"), QStringLiteral("Ingen budget."));
            if (observation % 20 == 0)
                values.insert(QStringLiteral("photo"), picture);
            must(repository.insert(WalkRegisters::observations(), record(values), Repository::Stamp::Now),
                 "obs");
        }
    }
    must(transaction.commit(), "commit");
}

// The lägesbild worked out place by place, to check the one query against.
QHash<qint64, QString> levelsOneByOne(const Repository& repository, const QDate& date) {
    QHash<qint64, QString> levels;
    auto places = must(sql::run(repository.database(), QStringLiteral("SELECT id FROM places")), "places");
    while (places.next()) {
        const qint64 place = places.value(0).toLongLong();
        auto latest =
            must(sql::run(repository.database(),
                          QStringLiteral("SELECT level, assessed_on, id FROM place_assessments WHERE "
                                         "place_id = ?"),
                          {place}),
                 "latest");
        QString best;
        QString bestLevel;
        while (latest.next()) {
            const QString key =
                latest.value(1).toString() +
                QStringLiteral("|%1").arg(latest.value(2).toLongLong(), 12, 10, QLatin1Char('0'));
            if (latest.value(1).toString() <= date.toString(Qt::ISODate) && key > best) {
                best = key;
                bestLevel = latest.value(0).toString();
            }
        }
        if (!bestLevel.isEmpty())
            levels.insert(place, bestLevel);
    }
    return levels;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    const int places = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vandringar.sqlite"));
    auto database = must(Templates::createFile(path, Templates::defaultName()), "create");
    const QByteArray picture = photo();
    const double filling = timed([&] { fill(Repository(database->connection()), places, picture); });
    Document document(std::move(database));
    const Repository repository = document.repository();
    const qint64 municipality = idOf(repository, QStringLiteral("SELECT id FROM municipalities"));
    const int observations = places / 2 * 20;
    out << "Walks benchmark: " << places << " places with " << places * 8 << " assessments, " << places / 2
        << " walks with " << observations << " observations, " << observations / 20 << " photos of "
        << picture.size() / 1024 << " kB; file " << QFileInfo(path).size() / (1024 * 1024) << " MB\n";
    out << QStringLiteral("  fill                              %1 ms\n").arg(filling, 0, 'f', 0);

    const QDate on(2023, 6, 30);
    QList<Situation::PlaceState> states;
    const double situation =
        timed([&] { states = must(Situation::at(repository, municipality, on), "situation"); });
    QHash<qint64, QString> byQuery;
    for (const Situation::PlaceState& state : states)
        if (!state.level.isEmpty())
            byQuery.insert(state.placeId, state.level);
    QHash<qint64, QString> byPlace;
    const double oneByOne = timed([&] { byPlace = levelsOneByOne(repository, on); });
    QList<Situation::PlaceChange> changes;
    const double changed = timed(
        [&] { changes = must(Situation::changes(repository, municipality, QDate(2022, 6, 30), on), "c"); });
    out << QStringLiteral("  lägesbild at a date, one query    %1 ms (%2 places)\n")
               .arg(situation, 0, 'f', 1)
               .arg(states.size());
    out << QStringLiteral("  lägesbild, place by place         %1 ms\n").arg(oneByOne, 0, 'f', 1);
    out << QStringLiteral("  what changed in a year            %1 ms (%2 changed)\n")
               .arg(changed, 0, 'f', 1)
               .arg(changes.size());

    WalkFollowUp::Totals totals;
    const double followUp = timed(
        [&] { totals = must(WalkFollowUp::totals(repository, municipality, QDate(2026, 11, 25)), "t"); });
    out << QStringLiteral(
               "  actions' follow-up                %1 ms (%2 actions, %3 overdue, %4 % in time)\n")
               .arg(followUp, 0, 'f', 1)
               .arg(totals.actions)
               .arg(totals.overdue)
               .arg(100 * totals.shareInTime(), 0, 'f', 0);

    RecordTableModel model(&document, WalkRegisters::observations(),
                           {QStringLiteral("walk_id"), QStringLiteral("description"),
                            QStringLiteral("action"), QStringLiteral("due_on"), QStringLiteral("status")});
    const double table = timed([&] { model.setCondition(WalkFollowUp::ofMunicipality(), {municipality}); });
    // What reading photos would cost a table: 200 observations that have one, read without and with it.
    const auto page = [&](const QString& columns) {
        return timed([&] {
            auto query = must(sql::run(repository.database(),
                                       QStringLiteral("SELECT ") + columns +
                                           QStringLiteral(" FROM observations WHERE photo IS NOT NULL "
                                                          "ORDER BY id LIMIT 200")),
                              "page");
            qint64 bytes = 0;
            while (query.next())
                bytes += query.value(query.record().count() - 1).toByteArray().size();
        });
    };
    const double withoutPhotos = page(QStringLiteral("id, description, action, due_on, status"));
    const double withPhotos = page(QStringLiteral("id, description, action, due_on, status, photo"));
    const double overdue = timed([&] {
        model.setCondition(WalkFollowUp::ofMunicipality() + QStringLiteral(" AND ") + WalkFollowUp::overdue(),
                           {municipality, QStringLiteral("2026-11-25")});
    });
    out << QStringLiteral("  every action, first page (%1)    %2 ms\n")
               .arg(model.rowCount())
               .arg(table, 0, 'f', 1);
    out << QStringLiteral("  200 rows with photos, not read    %1 ms\n").arg(withoutPhotos, 0, 'f', 1);
    out << QStringLiteral("  the same 200 rows, photos read    %1 ms\n").arg(withPhotos, 0, 'f', 1);
    out << QStringLiteral("  overdue actions only              %1 ms\n").arg(overdue, 0, 'f', 1);
    const double oneWalk =
        timed([&] { model.setCondition(QStringLiteral("t.walk_id = ?"), {qint64(places / 4)}); });
    out << QStringLiteral("  one walk's observations (%1)      %2 ms\n")
               .arg(model.rowCount())
               .arg(oneWalk, 0, 'f', 1);

    QByteArray json;
    const double exporting =
        timed([&] { json = QJsonDocument(must(JsonExporter::toJson(repository), "export")).toJson(); });
    out << QStringLiteral("  JSON export with photos           %1 ms (%2 MB)\n")
               .arg(exporting, 0, 'f', 0)
               .arg(json.size() / (1024 * 1024));

    out << QStringLiteral("Ratios: place by place / one query %1; 200 rows with photos read / without %2\n")
               .arg(oneByOne / situation, 0, 'f', 1)
               .arg(withPhotos / withoutPhotos, 0, 'f', 1);
    return byQuery == byPlace ? 0 : 1;
}
