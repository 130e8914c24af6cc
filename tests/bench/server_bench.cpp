// server_bench URL [INSERTS]: the same work on a file and on a PostgreSQL database, side by side: the Salem
// template loaded, INSERTS status reports saved one by one as the window saves them (each its own transaction
// with its audit row, default 1,000), and the whole content exported as JSON. URL is an empty database (it is
// set up) or one set up by `lofteskollen server init`; a throwaway server: tests/postgres/testserver.sh.
// server_bench URL region [INSERTS]: the same on the region demo (about 250,000 records), loaded onto the
// server as `demo --scale region --server` loads it: the window opened and shown, every page opened (the
// slowest and all together), INSERTS status reports saved, and the JSON export. LOFTESKOLLEN_REGION_FILE
// names a region file made before (it is copied, not changed).
#include "benchsupport.h"

#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "demo/serverdemo.h"
#include "document/document.h"
#include "io/jsonexporter.h"
#include "io/templates.h"
#include "mainwindow.h"
#include "promises/promiseregisters.h"

#include <QApplication>
#include <QDate>
#include <QFile>
#include <QListWidget>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

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

double insertStatuses(Document& document, int inserts) {
    const Repository repository = document.repository();
    const qint64 promise = bench::idOf(repository, QStringLiteral("SELECT min(id) FROM promises"));
    return timed([&] {
        for (int i = 0; i < inserts; ++i) {
            Record status;
            status.values = {{QStringLiteral("promise_id"), promise},
                             {QStringLiteral("reported_on"), QDate(2021, 1, 1).addDays(i % 700)},
                             {QStringLiteral("status"), QStringLiteral("paborjad")},
                             {QStringLiteral("comment"), QStringLiteral("Rapport %1").arg(i)}};
            must(document.insert(PromiseRegisters::statuses(), status), "insert");
        }
    });
}

Figures measure(Document& document, int inserts) {
    Figures figures;
    const Repository repository = document.repository();
    figures.load = timed([&] { must(Templates::apply(repository, Templates::defaultName()), "template"); });
    figures.inserts = insertStatuses(document, inserts);
    figures.exported =
        timed([&] { figures.bytes = must(JsonExporter::exportAll(repository), "export").size(); });
    return figures;
}

QTextStream out(stdout);

void line(const QString& what, double a, double b) {
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(what, -40)
               .arg(QStringLiteral("%1 ms").arg(a, 0, 'f', 1), 12)
               .arg(QStringLiteral("%1 ms").arg(b, 0, 'f', 1), 12)
               .arg(QStringLiteral("%1×").arg(b / a, 0, 'f', 2), 8);
}

void header() {
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QString(), -40)
               .arg(QStringLiteral("SQLite"), 12)
               .arg(QStringLiteral("PostgreSQL"), 12)
               .arg(QStringLiteral("ratio"), 8);
}

// What a step left to do (layouts, queued loads, paints) done now, so that its time is in the figure.
void settle(QWidget* shown) {
    QApplication::processEvents();
    shown->repaint();
    QApplication::processEvents();
}

struct RegionFigures {
    double shown = 0;
    double slowestPage = 0;
    QString slowest;
    double allPages = 0;
    double inserts = 0;
    double exported = 0;
    qsizetype bytes = 0;
};

RegionFigures goThrough(const QString& location, int inserts) {
    RegionFigures figures;
    MainWindow window;
    window.resize(1366, 768);
    figures.shown = timed([&] {
        if (!window.openFile(location))
            std::exit(1);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            std::exit(1);
        settle(&window);
    });
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    auto* stack = window.findChild<QStackedWidget*>();
    for (int row = 0; row < navigation->count(); ++row) {
        const double ms = timed([&] {
            navigation->setCurrentRow(row);
            settle(stack->currentWidget());
        });
        figures.allPages += ms;
        if (ms > figures.slowestPage) {
            figures.slowestPage = ms;
            figures.slowest = navigation->item(row)->text().section(u'\n', 0, 0);
        }
    }
    figures.inserts = insertStatuses(*window.document(), inserts);
    figures.exported = timed([&] {
        figures.bytes = must(JsonExporter::exportAll(window.document()->repository()), "export").size();
    });
    return figures;
}

int region(const QString& url, int inserts) {
    QTemporaryDir dir;
    QString file = bench::demoFile(dir, QStringLiteral("region"));
    if (!file.startsWith(dir.path())) {
        const QString copy = dir.filePath(QStringLiteral("region.sqlite"));
        if (!QFile::copy(file, copy))
            return 1;
        file = copy;
    }
    double loaded = 0;
    {
        auto opened = Database::open(url);
        auto server = must(opened ? std::move(opened) : Database::initServer(url), "server");
        auto source = must(Database::openForReading(file), "region file");
        // A server that holds the region already (`demo --scale region --server URL` made before) is used as
        // it is.
        const qint64 held =
            must(sql::scalar(server->connection(), QStringLiteral("SELECT count(*) FROM municipalities")),
                 "municipalities")
                .toLongLong();
        if (held > 0)
            out << "The server holds " << held << " municipalities already: used as it is\n";
        else
            loaded = timed([&] {
                Transaction transaction((*server).connection());
                must(transaction.begun(), "begin");
                must(ServerDemo::copy(source->connection(), server->connection()), "copy");
                must(transaction.commit(), "commit");
            });
    }
    if (loaded > 0)
        out << QStringLiteral("The region loaded onto the server (as demo --scale region --server does after "
                              "making the file) in %1 s\n")
                   .arg(loaded / 1000, 0, 'f', 1);
    const RegionFigures sqlite = goThrough(file, inserts);
    const RegionFigures postgres = goThrough(url, inserts);
    header();
    line(QStringLiteral("window opened and shown"), sqlite.shown, postgres.shown);
    line(QStringLiteral("slowest page (%1 / %2)").arg(sqlite.slowest, postgres.slowest), sqlite.slowestPage,
         postgres.slowestPage);
    line(QStringLiteral("every page opened"), sqlite.allPages, postgres.allPages);
    line(QStringLiteral("%1 inserts, one by one").arg(inserts), sqlite.inserts, postgres.inserts);
    line(QStringLiteral("JSON export (%1 MB)").arg(sqlite.bytes / 1048576), sqlite.exported,
         postgres.exported);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        QTextStream(stderr) << "usage: server_bench URL [INSERTS] | server_bench URL region [INSERTS]\n";
        return 2;
    }
    const QString url = arguments.at(1);
    if (arguments.value(2) == QStringLiteral("region"))
        return region(url, arguments.value(3, QStringLiteral("1000")).toInt());
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
    header();
    line(QStringLiteral("Salem template loaded"), sqlite.load, postgres.load);
    line(QStringLiteral("%1 inserts, one by one").arg(inserts), sqlite.inserts, postgres.inserts);
    line(QStringLiteral("JSON export (%1 kB)").arg(sqlite.bytes / 1024), sqlite.exported, postgres.exported);
    out << QStringLiteral("per insert: SQLite %1 ms, PostgreSQL %2 ms\n")
               .arg(sqlite.inserts / inserts, 0, 'f', 3)
               .arg(postgres.inserts / inserts, 0, 'f', 3);
    return 0;
}
