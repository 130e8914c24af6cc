#include "../police/policefixture.h"
#include "io/csvsheet.h"
#include "io/registercsv.h"
#include "io/registerexport.h"
#include "swedish.h"

using namespace lk;
using namespace lk::test;

namespace {

// Salem, whose traffic promise counts traffic controls, as the police's list comes in.
struct ListFile : PoliceFile {
    ListFile() {
        insertRecord(repository, PromiseRegisters::targets(),
                     countingTarget(trafficPromise, QStringLiteral("traffic_controls"), 100,
                                    QStringLiteral("period")));
    }
    CsvImport::Preview read(const RegisterSpec& spec, const QByteArray& bytes) const {
        auto preview = RegisterCsv::read(repository, spec, municipality, bytes);
        INFO(preview.message().toStdString());
        REQUIRE(preview.ok());
        return *preview;
    }
    // Stores a preview as the dialog does; REQUIREs that it has no bad line.
    void store(const CsvImport::Preview& preview) const {
        INFO(preview.errors.join(u'\n').toStdString());
        REQUIRE(preview.errors.isEmpty());
        auto changes = CsvImport::changes(preview);
        REQUIRE(changes.ok());
        auto stored = document->perform(*changes, QStringLiteral("Import"));
        INFO(stored.message().toStdString());
        REQUIRE(stored.ok());
    }
};

} // namespace

TEST_CASE("A traffic-control list in Windows-1252 with semicolons and its columns in another order comes in",
          "[io][csv][police]") {
    ListFile data;
    // "Plats;Anteckning;Datum;Inriktning;Kontrollerade fordon;Utandningsprov;Tid (minuter)" as Swedish Excel
    // saves it: Windows-1252 (ö = F6, ä = E4), CRLF.
    const QByteArray bytes(
        "Plats;Anteckning;Datum;Inriktning;Kontrollerade fordon;Utandningsprov;Tid (minuter)\r\n"
        "R\xF6nningev\xE4gen;Kv\xE4ll;2022-03-15;Rattfylleri, hastighet;80;80;90\r\n"
        "Salems centrum;;2022-04-02;drograttfylleri;1 200;12;60\r\n");
    const CsvImport::Preview preview = data.read(PoliceRegisters::trafficControls(), bytes);
    CHECK(preview.encoding == QStringLiteral("Windows-1252"));
    CHECK(preview.separator == u';');
    CHECK(preview.unused.isEmpty());
    CHECK(preview.added() == 2);
    REQUIRE(preview.lines.size() == 2);
    CHECK(preview.lines.first().line == 2);
    CHECK(preview.headers.contains(QStringLiteral("Counts for promise")));
    data.store(preview);

    auto stored = data.repository.listOfMunicipality(PoliceRegisters::trafficControls(), data.municipality);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 2);
    const Record april = stored->at(0); // newest first
    const Record march = stored->at(1);
    CHECK(march.value(QStringLiteral("place")).toString() == QStringLiteral("Rönningevägen"));
    CHECK(march.value(QStringLiteral("note")).toString() == QStringLiteral("Kväll"));
    CHECK(march.value(QStringLiteral("held_on")).toDate() == QDate(2022, 3, 15));
    CHECK(march.value(QStringLiteral("focus")).toString() == QStringLiteral("rattfylleri,hastighet"));
    CHECK(march.value(QStringLiteral("vehicles_checked")).toLongLong() == 80);
    CHECK(march.value(QStringLiteral("minutes")).toLongLong() == 90);
    // Counted for the promise whose target counts traffic controls, as a form would give it for the date.
    CHECK(march.value(QStringLiteral("promise_id")).toLongLong() == data.trafficPromise);
    CHECK(april.value(QStringLiteral("vehicles_checked")).toLongLong() == 1200);
    CHECK(april.value(QStringLiteral("focus")).toString() == QStringLiteral("drograttfylleri"));

    // One step to undo.
    data.document->undoStack()->undo();
    CHECK(rowCount(data.repository, QStringLiteral("traffic_controls")) == 0);
    data.document->undoStack()->redo();

    // The same list again adds nothing: each line is already stored.
    const CsvImport::Preview again = data.read(PoliceRegisters::trafficControls(), bytes);
    CHECK(again.errors.isEmpty());
    CHECK(again.added() == 0);
    CHECK(again.unchanged() == 2);
    CHECK(again.changes.isEmpty());
}

TEST_CASE("A bad date and an unknown code are both named by their lines, and nothing is imported",
          "[io][csv][police]") {
    ListFile data;
    const QString before = contentOf(*data.document);
    const QByteArray bytes = QStringLiteral("Datum;Plats;Inriktning;Kontrollerade fordon\n"
                                            "2022-03-15;Rönningevägen;Hastighet;80\n"
                                            "2022-13-01;Salems centrum;Hastighet;40\n"
                                            "2022-03-20;Salems centrum;Fortkörning;40\n"
                                            "2022-03-21;Salems centrum;Hastighet;många\n"
                                            "2022-03-22;;Hastighet;12\n")
                                 .toUtf8();
    const CsvImport::Preview preview = data.read(PoliceRegisters::trafficControls(), bytes);
    REQUIRE(preview.errors.size() == 4);
    CHECK_THAT(preview.errors.at(0).toStdString(), mentions(QStringLiteral("Line 3: ")));
    CHECK_THAT(preview.errors.at(0).toStdString(), mentions(QStringLiteral("“2022-13-01”")));
    CHECK_THAT(preview.errors.at(1).toStdString(), mentions(QStringLiteral("Line 4: ")));
    CHECK_THAT(preview.errors.at(1).toStdString(), mentions(QStringLiteral("“Fortkörning” is not one of")));
    CHECK_THAT(preview.errors.at(1).toStdString(), mentions(QStringLiteral("Drink driving")));
    CHECK_THAT(preview.errors.at(2).toStdString(), mentions(QStringLiteral("Line 5: ")));
    CHECK_THAT(preview.errors.at(2).toStdString(), mentions(QStringLiteral("“många” is not a whole number")));
    CHECK_THAT(preview.errors.at(3).toStdString(), mentions(QStringLiteral("Line 6: ")));
    CHECK_THAT(preview.errors.at(3).toStdString(), mentions(QStringLiteral("“Place” must be filled in")));
    CHECK(preview.changes.isEmpty());
    const auto refused = CsvImport::changes(preview);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.message().toStdString(), mentions(QStringLiteral("4 line(s) with errors")));
    CHECK(contentOf(*data.document) == before);
}

TEST_CASE("The columns an import does not read are named, and a missing one refuses the file",
          "[io][csv][police]") {
    ListFile data;
    const CsvImport::Preview preview =
        data.read(PoliceRegisters::trafficControls(),
                  QByteArray("Kommun;Datum;Plats;Inriktning;K\xE4lla\nSalem;2022-03-15;Rondellen;hastighet;"
                             "Polisens lista\n"));
    CHECK(preview.errors.isEmpty());
    CHECK(preview.unused == QStringList{QStringLiteral("Kommun"), QStringLiteral("Källa")});
    CHECK(CsvImport::unusedNote(preview) ==
          QStringLiteral("2 column(s) of the file not read: Kommun, Källa."));

    auto missing = RegisterCsv::read(data.repository, PoliceRegisters::trafficControls(), data.municipality,
                                     QByteArray("Datum;Inriktning\n2022-03-15;hastighet\n"));
    REQUIRE_FALSE(missing.ok());
    CHECK_THAT(missing.message().toStdString(), mentions(QStringLiteral("Place is missing")));
    CHECK_THAT(missing.message().toStdString(),
               mentions(QStringLiteral("Datum;Plats;Tid (minuter);Inriktning")));
}

TEST_CASE("Visits name their unit, codes come by label or code, and English headers with commas are read",
          "[io][csv][police]") {
    ListFile data;
    const QByteArray bytes(
        "\xEF\xBB\xBF"
        "Date,Unit,Purpose,Initiated by,Pupils reached,Topic\n"
        "2022-03-15,centrumskolan 7–9,Förebyggande insats,skolan,60,\"Droger, grupptryck\"\n"
        "2022-03-16,Okända skolan,forebyggande,Polisen,20,Trafik\n"
        "2022-03-17,Centrumskolan 7–9,Preventive effort,The police,20,Trafik\n");
    CsvImport::Preview preview = data.read(PoliceRegisters::visits(), bytes);
    REQUIRE(preview.errors.size() == 1);
    CHECK_THAT(preview.errors.first().toStdString(),
               mentions(QStringLiteral(
                   "Line 3: “Unit”: “Okända skolan” is not among the municipality's units visited")));

    preview =
        data.read(PoliceRegisters::visits(), QByteArray(bytes).replace("Okända skolan", "Centrumskolan 7–9"));
    data.store(preview);
    auto visits = data.repository.listOfMunicipality(PoliceRegisters::visits(), data.municipality);
    REQUIRE(visits.ok());
    REQUIRE(visits->size() == 3);
    for (const Record& visit : *visits) {
        CHECK(visit.value(QStringLiteral("unit_id")).toLongLong() == data.school.id);
        CHECK(visit.value(QStringLiteral("purpose")).toString() == QStringLiteral("forebyggande"));
    }
    CHECK(visits->last().value(QStringLiteral("topic")).toString() == QStringLiteral("Droger, grupptryck"));
    CHECK(visits->first().value(QStringLiteral("initiated_by")).toString() == QStringLiteral("polisen"));
    // No target counts visits: the visits count for no promise.
    CHECK_FALSE(visits->first().values.contains(QStringLiteral("promise_id")));
}

TEST_CASE("A register exported as CSV for Swedish Excel reads back in as already stored",
          "[io][csv][police]") {
    ListFile data;
    insertRecord(data.repository, PoliceRegisters::trafficControls(),
                 trafficControlValues(data.municipality, QDate(2022, 3, 15), data.trafficPromise));
    insertRecord(data.repository, PoliceRegisters::trafficControls(),
                 merged(trafficControlValues(data.municipality, QDate(2022, 5, 1)),
                        {{QStringLiteral("note"), QStringLiteral("Två rader;\nmed semikolon")}}));
    Swedish swedish;
    const QString path = data.file.pathFor(QStringLiteral("trafikkontroller.csv"));
    CsvSheet sheet(path);
    REQUIRE(RegisterExport::write(data.repository, sheet, data.municipality,
                                  {&PoliceRegisters::trafficControls()})
                .ok());
    REQUIRE(sheet.commit().ok());

    const CsvImport::Preview preview = data.read(PoliceRegisters::trafficControls(), bytesOf(path));
    INFO(preview.errors.join(u'\n').toStdString());
    CHECK(preview.errors.isEmpty());
    CHECK(preview.unused.isEmpty());
    CHECK(preview.unchanged() == 2);
    CHECK(preview.changes.isEmpty());
}
