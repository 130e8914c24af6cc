// Import and export benchmark: `lofteskollen export` of the region file (26 municipalities, ten years, about
// 250,000 records) to JSON and `lofteskollen import` of that JSON into a new empty file, each in its own
// process so that its peak memory is its own, and the same for the demo sample file (memory must not grow
// with the file: the goal is under 150 MB at any size). The floors, measured in the same run: SQLite reading
// every value of every table (for the export), and SQLite copying the same rows with their change log into a
// new file table by table (ATTACH and INSERT … SELECT, for the import), and the same rows written one
// statement per row as an importer must (each record and its change-log row through the prepared statement
// the importer uses, the search index filled once per table). Goals: an import of at least 50,000 records a
// second.
//   build/bin/region_io_bench [RUNS]
// LOFTESKOLLEN_REGION_FILE=FILE takes a region file made before instead of making one;
// LOFTESKOLLEN_COMPARE_BINARY=PROGRAM also imports with another build (the one before a change), in the same
// run.
#include "benchsupport.h"
#include "childrun.h"
#include "db/bulkwrite.h"
#include "db/database.h"
#include "register/registry.h"
#include "search/searchindex.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlRecord>

#include <ctime>
#include <functional>

using namespace lk;
using namespace lk::bench;

namespace {

QTextStream out(stdout);

// Wall and CPU time of a piece of work in this process, in milliseconds: the machine may be shared, and
// then the CPU time is the figure that compares.
struct Timing {
    double ms = 0;
    double cpuMs = 0;
};

Timing cpuTimed(const std::function<void()>& work) {
    const std::clock_t start = std::clock();
    Timing timing;
    timing.ms = timed(work);
    timing.cpuMs = double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC;
    return timing;
}

qint64 recordsIn(const Repository& repository) {
    qint64 records = 0;
    for (const RegisterSpec* spec : Registry::all())
        records += idOf(repository, QStringLiteral("SELECT COUNT(*) FROM ") + spec->table);
    return records;
}

// SQLite reading every value of every register: what any export must at least do.
double readFloor(const Repository& repository) {
    return timed([&] {
        qint64 bytes = 0;
        for (const RegisterSpec* spec : Registry::all()) {
            auto rows =
                must(sql::run(repository.database(), QStringLiteral("SELECT * FROM ") + spec->table), "read");
            const int columns = rows.record().count();
            while (rows.next()) {
                for (int c = 0; c < columns; ++c)
                    bytes += rows.value(c).toString().size();
            }
        }
        if (bytes < 0)
            std::exit(1);
    });
}

// SQLite writing the same rows and their change log into a new file, table by table: what any import must at
// least do.
// A new file `name` for a floor, with the region file attached as "source".
std::unique_ptr<Database> floorFile(const QTemporaryDir& dir, const QString& name, const QString& from) {
    const QString path = dir.filePath(name);
    QFile::remove(path);
    auto database =
        must(Database::createNew(path, [](const Database&) { return Status(); }), "new file for the floor");
    must(sql::run(database->connection(), QStringLiteral("ATTACH DATABASE ? AS source"), {from}), "attach");
    return database;
}

Timing writeFloor(const QTemporaryDir& dir, const QString& from) {
    const auto database = floorFile(dir, QStringLiteral("floor.sqlite"), from);
    const QSqlDatabase db = database->connection();
    const BulkWrite bulk(db); // the page cache the import has
    return cpuTimed([&] {
        must(sql::run(db, QStringLiteral("BEGIN")), "begin");
        must(sql::run(db, QStringLiteral("DELETE FROM main.checklist_points")), "checklist");
        for (const RegisterSpec* spec : Registry::all())
            must(sql::run(db, QStringLiteral("INSERT INTO main.%1 SELECT * FROM source.%1").arg(spec->table)),
                 "copy");
        must(sql::run(db,
                      QStringLiteral("INSERT INTO main.audit_log SELECT * FROM source.audit_log WHERE action "
                                     "= 'insert'")),
             "copy the log");
        must(sql::run(db, QStringLiteral("COMMIT")), "commit");
    });
}

// SQLite writing the same rows and their change log into a new file one statement per row, through the
// statements prepared once that the importer uses (sql::write), the search index filled once per table: what
// a row-by-row import must at least do, without reading JSON or checking anything.
Timing rowFloor(const QTemporaryDir& dir, const QString& from) {
    const auto database = floorFile(dir, QStringLiteral("rowfloor.sqlite"), from);
    const QSqlDatabase db = database->connection();
    const BulkWrite bulk(db); // the page cache the import has
    const auto copyRows = [&db](const QString& select, const QString& table) {
        auto rows = must(sql::run(db, select), "read");
        const int columns = rows.record().count();
        QStringList marks;
        marks.fill(QStringLiteral("?"), columns);
        const QString insert =
            QStringLiteral("INSERT INTO main.%1 VALUES (%2)").arg(table, marks.join(QStringLiteral(", ")));
        QVariantList values;
        while (rows.next()) {
            values.clear();
            for (int c = 0; c < columns; ++c)
                values << rows.value(c);
            must(sql::write(db, insert, values), "write");
        }
    };
    return cpuTimed([&] {
        must(sql::run(db, QStringLiteral("BEGIN")), "begin");
        must(sql::run(db, QStringLiteral("DELETE FROM main.checklist_points")), "checklist");
        for (const RegisterSpec* spec : Registry::all()) {
            const QString paused = must(SearchIndex::pauseInserts(db, spec->table), "pause");
            copyRows(QStringLiteral("SELECT * FROM source.%1").arg(spec->table), spec->table);
            must(SearchIndex::indexAll(db, *spec, paused), "index");
        }
        copyRows(QStringLiteral("SELECT * FROM source.audit_log WHERE action = 'insert'"),
                 QStringLiteral("audit_log"));
        must(sql::run(db, QStringLiteral("COMMIT")), "commit");
    });
}

struct Measured {
    ChildRun exported;
    ChildRun imported;
    ChildRun before; // the same import by LOFTESKOLLEN_COMPARE_BINARY, when it is set
    qint64 bytes = 0;
};

// An import of `json` into a new empty file by `program`.
ChildRun imported(const QString& program, const QTemporaryDir& dir, const QString& json,
                  const QString& name) {
    const QString target = dir.filePath(name + QStringLiteral("-imported.sqlite"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(target + suffix);
    const ChildRun made = runChild(program, {QStringLiteral("init"), QStringLiteral("--db"), target,
                                             QStringLiteral("--template"), QStringLiteral("empty")});
    if (!made.ok()) {
        QTextStream(stderr) << "init failed: exit " << made.exit << '\n' << made.output << '\n';
        std::exit(1);
    }
    return runChild(program, {QStringLiteral("import"), QStringLiteral("--db"), target, json});
}

Measured exportAndImport(const QTemporaryDir& dir, const QString& file, const QString& name) {
    const QString program = QStringLiteral(LOFTESKOLLEN_BINARY);
    const QString json = dir.filePath(name + QStringLiteral(".json"));
    QFile::remove(json);
    Measured measured;
    measured.exported = runChild(
        program, {QStringLiteral("export"), QStringLiteral("--db"), file, QStringLiteral("--out"), json});
    measured.imported = imported(program, dir, json, name);
    const QString before = qEnvironmentVariable("LOFTESKOLLEN_COMPARE_BINARY");
    if (!before.isEmpty())
        measured.before = imported(before, dir, json, name);
    for (const ChildRun* run :
         std::initializer_list<const ChildRun*>{&measured.exported, &measured.imported}) {
        if (!run->ok()) {
            QTextStream(stderr) << "a command failed: exit " << run->exit << '\n' << run->output << '\n';
            std::exit(1);
        }
    }
    measured.bytes = QFileInfo(json).size();
    return measured;
}

} // namespace

// "12345 ms (20000 records/s)"
QString figure(double ms, qint64 records) {
    return QStringLiteral("%1 ms (%2 records/s)")
        .arg(QString::number(ms, 'f', 0), QString::number(double(records) / (ms / 1000), 'f', 0));
}

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 1;
    QTemporaryDir dir;
    out << "Import and export benchmark, median of " << runs << " run(s):\n";
    for (const QString& scale : {QStringLiteral("sample"), QStringLiteral("region")}) {
        const QString file = demoFile(dir, scale);
        qint64 records = 0;
        QList<double> readFloors, copyFloors, copyFloorsCpu, rowFloors, rowFloorsCpu, exports, imports,
            importsCpu, befores, beforesCpu;
        double exportMemory = 0, importMemory = 0, beforeMemory = 0;
        qint64 bytes = 0;
        {
            auto database = must(Database::openForReading(file), "open");
            const Repository repository(database->connection());
            records = recordsIn(repository);
            for (int run = 0; run < runs; ++run)
                readFloors << readFloor(repository);
        }
        for (int run = 0; run < runs; ++run) {
            const Timing copy = writeFloor(dir, file);
            copyFloors << copy.ms;
            copyFloorsCpu << copy.cpuMs;
            const Timing rows = rowFloor(dir, file);
            rowFloors << rows.ms;
            rowFloorsCpu << rows.cpuMs;
            const Measured measured = exportAndImport(dir, file, scale);
            exports << measured.exported.ms;
            imports << measured.imported.ms;
            importsCpu << measured.imported.cpuMs;
            exportMemory = std::max(exportMemory, measured.exported.peakMiB);
            importMemory = std::max(importMemory, measured.imported.peakMiB);
            if (measured.before.ok()) {
                befores << measured.before.ms;
                beforesCpu << measured.before.cpuMs;
                beforeMemory = std::max(beforeMemory, measured.before.peakMiB);
            }
            bytes = measured.bytes;
        }
        const auto ratio = [](double a, double b) { return QString::number(a / b, 'f', 1); };
        out << "  " << scale << " file: " << records << " records, " << QString::number(bytes / 1e6, 'f', 1)
            << " MB of JSON\n"
            << "    export " << figure(median(exports), records) << ", peak "
            << QString::number(exportMemory, 'f', 0) << " MiB; floor (SQLite reading it all) "
            << QString::number(median(readFloors), 'f', 0) << " ms, ratio "
            << ratio(median(exports), median(readFloors)) << '\n'
            << "    import (goal 50000 records/s) " << figure(median(imports), records) << ", CPU "
            << figure(median(importsCpu), records) << ", peak " << QString::number(importMemory, 'f', 0)
            << " MiB\n"
            << "      floor, SQLite copying the rows and their log table by table: "
            << figure(median(copyFloors), records) << ", CPU " << figure(median(copyFloorsCpu), records)
            << "; ratio " << ratio(median(imports), median(copyFloors)) << ", CPU "
            << ratio(median(importsCpu), median(copyFloorsCpu)) << '\n'
            << "      floor, the same rows one statement each, index filled per table: "
            << figure(median(rowFloors), records) << ", CPU " << figure(median(rowFloorsCpu), records)
            << "; ratio " << ratio(median(imports), median(rowFloors)) << ", CPU "
            << ratio(median(importsCpu), median(rowFloorsCpu)) << '\n';
        if (!befores.isEmpty())
            out << "      before (" << qEnvironmentVariable("LOFTESKOLLEN_COMPARE_BINARY")
                << "): " << figure(median(befores), records) << ", CPU "
                << figure(median(beforesCpu), records) << ", peak " << QString::number(beforeMemory, 'f', 0)
                << " MiB\n";
        out.flush();
    }
    out << "  memory goal: under 150 MB for both, at any file size\n";
    return 0;
}
