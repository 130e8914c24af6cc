// server_bench URL [INSERTS]: the same work on a file and on a PostgreSQL database, side by side: the Salem
// template loaded, INSERTS status reports saved one by one as the window saves them (each its own transaction
// with its audit row, default 1,000), and the whole content exported as JSON. URL is an empty database (it is
// set up) or one set up by `lofteskollen server init`; a throwaway server: tests/postgres/testserver.sh.
#include "benchsupport.h"

#include "db/database.h"
#include "document/document.h"
#include "io/jsonexporter.h"
#include "io/templates.h"
#include "promises/promiseregisters.h"

#include <QCoreApplication>
#include <QDate>
#include <QTemporaryDir>

using namespace lk;
using lk::bench::must;
using lk::bench::timed;

namespace {

struct Figures {
    double load = 0;
    double inserts = 0;
    double exported = 0;
    qsizetype bytes = 0;
};

Figures measure(Document& document, int inserts) {
    Figures figures;
    const Repository repository = document.repository();
    figures.load = timed([&] { must(Templates::apply(repository, Templates::defaultName()), "template"); });
    const qint64 promise = bench::idOf(repository, QStringLiteral("SELECT min(id) FROM promises"));
    figures.inserts = timed([&] {
        for (int i = 0; i < inserts; ++i) {
            Record status;
            status.values = {{QStringLiteral("promise_id"), promise},
                             {QStringLiteral("reported_on"), QDate(2021, 1, 1).addDays(i % 700)},
                             {QStringLiteral("status"), QStringLiteral("paborjad")},
                             {QStringLiteral("comment"), QStringLiteral("Rapport %1").arg(i)}};
            must(document.insert(PromiseRegisters::statuses(), status), "insert");
        }
    });
    figures.exported =
        timed([&] { figures.bytes = must(JsonExporter::exportAll(repository), "export").size(); });
    return figures;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        QTextStream(stderr) << "usage: server_bench URL [INSERTS]\n";
        return 2;
    }
    const QString url = arguments.at(1);
    const int inserts = arguments.value(2, QStringLiteral("1000")).toInt();

    QTemporaryDir dir;
    auto file = must(Database::createNew(dir.filePath(QStringLiteral("bench.sqlite")),
                                         [](const Database&) { return Status(); }),
                     "file");
    Document local(std::move(file));
    auto opened = Database::open(url);
    auto server = opened ? std::move(opened) : Database::initServer(url);
    Document shared(must(std::move(server), "server"));

    const Figures sqlite = measure(local, inserts);
    const Figures postgres = measure(shared, inserts);
    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QString(), -28)
               .arg(QStringLiteral("SQLite"), 12)
               .arg(QStringLiteral("PostgreSQL"), 12)
               .arg(QStringLiteral("ratio"), 8);
    const auto line = [&out](const QString& what, double a, double b) {
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(what, -28)
                   .arg(QStringLiteral("%1 ms").arg(a, 0, 'f', 1), 12)
                   .arg(QStringLiteral("%1 ms").arg(b, 0, 'f', 1), 12)
                   .arg(QStringLiteral("%1×").arg(b / a, 0, 'f', 2), 8);
    };
    line(QStringLiteral("Salem template loaded"), sqlite.load, postgres.load);
    line(QStringLiteral("%1 inserts, one by one").arg(inserts), sqlite.inserts, postgres.inserts);
    line(QStringLiteral("JSON export (%1 kB)").arg(sqlite.bytes / 1024), sqlite.exported, postgres.exported);
    out << QStringLiteral("per insert: SQLite %1 ms, PostgreSQL %2 ms\n")
               .arg(sqlite.inserts / inserts, 0, 'f', 3)
               .arg(postgres.inserts / inserts, 0, 'f', 3);
    return 0;
}
