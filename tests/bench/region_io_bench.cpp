// Import and export benchmark: `lofteskollen export` of the region file (26 municipalities, ten years, about
// 250,000 records) to JSON and `lofteskollen import` of that JSON into a new empty file, each in its own
// process so that its peak memory is its own, and the same for the demo sample file (memory must not grow
// with the file: the goal is under 150 MB at any size). The floors, measured in the same run: SQLite reading
// every value of every table (for the export), and SQLite copying the same rows with their change log into a
// new file table by table (ATTACH and INSERT … SELECT, for the import). Goals: an import of at least 50,000
// records a second.
//   build/bin/region_io_bench [RUNS]
// LOFTESKOLLEN_REGION_FILE=FILE takes a region file made before instead of making one.
#include "benchsupport.h"
#include "childrun.h"
#include "db/database.h"
#include "register/registry.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlRecord>

using namespace lk;
using namespace lk::bench;

namespace {

QTextStream out(stdout);

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
double writeFloor(const QTemporaryDir& dir, const QString& from) {
    const QString path = dir.filePath(QStringLiteral("floor.sqlite"));
    QFile::remove(path);
    auto database =
        must(Database::createNew(path, [](const Database&) { return Status(); }), "new file for the floor");
    const QSqlDatabase db = database->connection();
    must(sql::run(db, QStringLiteral("ATTACH DATABASE ? AS source"), {from}), "attach");
    return timed([&] {
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

struct Measured {
    ChildRun exported;
    ChildRun imported;
    qint64 bytes = 0;
};

Measured exportAndImport(const QTemporaryDir& dir, const QString& file, const QString& name) {
    const QString program = QStringLiteral(LOFTESKOLLEN_BINARY);
    const QString json = dir.filePath(name + QStringLiteral(".json"));
    const QString target = dir.filePath(name + QStringLiteral("-imported.sqlite"));
    QFile::remove(json);
    QFile::remove(target);
    Measured measured;
    measured.exported = runChild(
        program, {QStringLiteral("export"), QStringLiteral("--db"), file, QStringLiteral("--out"), json});
    const ChildRun made = runChild(program, {QStringLiteral("init"), QStringLiteral("--db"), target,
                                             QStringLiteral("--template"), QStringLiteral("empty")});
    measured.imported = runChild(program, {QStringLiteral("import"), QStringLiteral("--db"), target, json});
    for (const ChildRun* run :
         std::initializer_list<const ChildRun*>{&measured.exported, &made, &measured.imported}) {
        if (!run->ok()) {
            QTextStream(stderr) << "a command failed: exit " << run->exit << '\n' << run->output << '\n';
            std::exit(1);
        }
    }
    measured.bytes = QFileInfo(json).size();
    return measured;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 1;
    QTemporaryDir dir;
    out << "Import and export benchmark, median of " << runs << " run(s):\n";
    for (const QString& scale : {QStringLiteral("sample"), QStringLiteral("region")}) {
        const QString file = demoFile(dir, scale);
        qint64 records = 0;
        QList<double> readFloors, writeFloors, exports, imports;
        double exportMemory = 0, importMemory = 0;
        qint64 bytes = 0;
        {
            auto database = must(Database::openForReading(file), "open");
            const Repository repository(database->connection());
            records = recordsIn(repository);
            for (int run = 0; run < runs; ++run)
                readFloors << readFloor(repository);
        }
        for (int run = 0; run < runs; ++run) {
            writeFloors << writeFloor(dir, file);
            const Measured measured = exportAndImport(dir, file, scale);
            exports << measured.exported.ms;
            imports << measured.imported.ms;
            exportMemory = std::max(exportMemory, measured.exported.peakMiB);
            importMemory = std::max(importMemory, measured.imported.peakMiB);
            bytes = measured.bytes;
        }
        const auto perSecond = [records](double ms) {
            return QString::number(records / (ms / 1000), 'f', 0);
        };
        out << "  " << scale << " file: " << records << " records, " << QString::number(bytes / 1e6, 'f', 1)
            << " MB of JSON\n"
            << "    export " << QString::number(median(exports), 'f', 0) << " ms ("
            << perSecond(median(exports)) << " records/s), peak " << QString::number(exportMemory, 'f', 0)
            << " MiB; floor (SQLite reading it "
            << "all) " << QString::number(median(readFloors), 'f', 0) << " ms, ratio "
            << QString::number(median(exports) / median(readFloors), 'f', 1) << '\n'
            << "    import " << QString::number(median(imports), 'f', 0) << " ms ("
            << perSecond(median(imports)) << " records/s; goal 50000), peak "
            << QString::number(importMemory, 'f', 0) << " MiB; floor (SQLite copying the rows and their log) "
            << QString::number(median(writeFloors), 'f', 0) << " ms (" << perSecond(median(writeFloors))
            << " records/s), ratio " << QString::number(median(imports) / median(writeFloors), 'f', 1)
            << '\n';
    }
    out << "  memory goal: under 150 MB for both, at any file size\n";
    return 0;
}
