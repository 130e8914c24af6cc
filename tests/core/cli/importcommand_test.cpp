#include "catchqt.h"
#include "cli/commandline.h"
#include "clirun.h"
#include "db/database.h"
#include "db/sql.h"
#include "twomunicipalities.h"

#include <QFile>

using namespace lk;
using namespace lk::test;

namespace {

void write(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// What one query answers on a file no one holds open.
QVariant askFile(const QString& path, const QString& statement) {
    auto database = Database::openForReading(path);
    INFO(database.message().toStdString());
    REQUIRE(database.ok());
    auto value = sql::scalar((*database)->connection(), statement);
    REQUIRE(value.ok());
    return *value;
}

Run importList(const QString& db, const QString& csv, const QStringList& more = {}) {
    QStringList arguments{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--register"),
                          QStringLiteral("traffic_controls")};
    arguments << more << csv;
    return run(arguments);
}

const QByteArray goodList("Datum;Plats;Inriktning;Kontrollerade fordon;K\xE4lla\r\n"
                          "2022-03-15;R\xF6nningev\xE4gen;Hastighet;80;Polisens lista\r\n"
                          "2022-04-02;Salems centrum;Rattfylleri;40;Polisens lista\r\n");

} // namespace

TEST_CASE("import --register reads a police list into the file's one municipality and exits 0",
          "[cli][csv]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    const QString csv = file.pathFor(QStringLiteral("trafik.csv"));
    write(csv, goodList);
    const Run result = importList(file.path(), csv);
    INFO(result.err.toStdString());
    REQUIRE(result.exit == CommandLine::Ok);
    CHECK(result.err.isEmpty());
    CHECK_THAT(result.out.toStdString(), mentions(QStringLiteral("into traffic controls of Salems kommun")));
    CHECK_THAT(result.out.toStdString(), mentions(QStringLiteral("Windows-1252")));
    CHECK_THAT(result.out.toStdString(), mentions(QStringLiteral("2 new, 0 changed, 0 already stored")));
    // The column it did not read is said, not passed over.
    CHECK_THAT(result.out.toStdString(),
               mentions(QStringLiteral("1 column(s) of the file not read: Källa.")));
    CHECK(askFile(file.path(), QStringLiteral("SELECT count(*) FROM traffic_controls")).toInt() == 2);
    CHECK(askFile(file.path(),
                  QStringLiteral("SELECT place FROM traffic_controls WHERE held_on = '2022-03-15'"))
              .toString() == QStringLiteral("Rönningevägen"));
    // Every record is audited, as any other change.
    CHECK(askFile(file.path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                              "'traffic_controls'"))
              .toInt() == 2);

    // The same list again adds nothing.
    const Run again = importList(file.path(), csv);
    REQUIRE(again.exit == CommandLine::Ok);
    CHECK_THAT(again.out.toStdString(), mentions(QStringLiteral("0 new, 0 changed, 2 already stored")));
    CHECK(askFile(file.path(), QStringLiteral("SELECT count(*) FROM traffic_controls")).toInt() == 2);
}

TEST_CASE("import --register with bad lines exits 1, names every one, and imports nothing", "[cli][csv]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    const QString csv = file.pathFor(QStringLiteral("trafik.csv"));
    write(csv, QByteArray("Datum;Plats;Inriktning\n"
                          "2022-03-15;Rondellen;Hastighet\n"
                          "15/3;Rondellen;Hastighet\n"
                          "2022-03-16;Rondellen;Fortkörning\n"));
    const Run result = importList(file.path(), csv);
    CHECK(result.exit == CommandLine::Failed);
    CHECK(result.out.isEmpty());
    CHECK_THAT(result.err.toStdString(), mentions(QStringLiteral("2 line(s) cannot be read")));
    CHECK_THAT(result.err.toStdString(), mentions(QStringLiteral("Line 3: ")));
    CHECK_THAT(result.err.toStdString(), mentions(QStringLiteral("Line 4: ")));
    CHECK_THAT(result.err.toStdString(), mentions(QStringLiteral("Fortkörning")));
    CHECK(askFile(file.path(), QStringLiteral("SELECT count(*) FROM traffic_controls")).toInt() == 0);

    // A file that is no CSV, or lacks a column, is refused whole: exit 1 too.
    write(csv, QByteArray("Datum;Inriktning\n2022-03-15;Hastighet\n"));
    const Run missing = importList(file.path(), csv);
    CHECK(missing.exit == CommandLine::Failed);
    CHECK_THAT(missing.err.toStdString(), mentions(QStringLiteral("Place is missing")));
}

TEST_CASE("import --register is wrong usage (exit 2) for an unknown register, and with several "
          "municipalities it names them until --municipality says which",
          "[cli][csv][choice]") {
    TwoMunicipalities data;
    data.close();
    const QString db = data.file.path();
    const QString csv = data.file.pathFor(QStringLiteral("trafik.csv"));
    write(csv, goodList);

    const Run unknown = run({QStringLiteral("import"), QStringLiteral("--db"), db,
                             QStringLiteral("--register"), QStringLiteral("walks"), csv});
    CHECK(unknown.exit == CommandLine::Usage);
    CHECK_THAT(unknown.err.toStdString(),
               mentions(QStringLiteral("visits, drug_operations, traffic_controls, information_efforts")));

    const Run ambiguous = importList(db, csv);
    CHECK(ambiguous.exit == CommandLine::Usage);
    CHECK_THAT(ambiguous.err.toStdString(), mentions(QStringLiteral("Salems kommun")));
    CHECK_THAT(ambiguous.err.toStdString(), mentions(QStringLiteral("Huddinge kommun")));
    CHECK_THAT(ambiguous.err.toStdString(), mentions(QStringLiteral("--municipality")));

    const Run none = importList(db, csv, {QStringLiteral("--municipality"), QStringLiteral("Botkyrka")});
    CHECK(none.exit == CommandLine::Usage);
    CHECK_THAT(none.err.toStdString(), mentions(QStringLiteral("no municipality “Botkyrka”")));
    CHECK(askFile(db, QStringLiteral("SELECT count(*) FROM traffic_controls")).toInt() == 0);

    const Run huddinge =
        importList(db, csv, {QStringLiteral("--municipality"), QStringLiteral("huddinge kommun")});
    INFO(huddinge.err.toStdString());
    REQUIRE(huddinge.exit == CommandLine::Ok);
    CHECK(
        askFile(db, QStringLiteral("SELECT count(*) FROM traffic_controls t JOIN municipalities m ON m.id = "
                                   "t.municipality_id WHERE m.name = 'Huddinge kommun'"))
            .toInt() == 2);

    // A JSON import names each record's municipality itself.
    const Run json = run({QStringLiteral("import"), QStringLiteral("--db"), db,
                          QStringLiteral("--municipality"), QStringLiteral("Salems kommun"), csv});
    CHECK(json.exit == CommandLine::Usage);
}
