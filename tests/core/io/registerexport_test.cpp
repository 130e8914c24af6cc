#include "../police/policefixture.h"
#include "io/registerexport.h"
#include "io/xlsxworkbook.h"
#include "register/registry.h"
#include "swedish.h"
#include "xlsxfile.h"

using namespace lk;
using namespace lk::test;

namespace {

// Salem with a traffic control and a visit, and another municipality with a traffic control of its own.
struct ExportFile : PoliceFile {
    qint64 botkyrka = otherMunicipality();
    Record control = insertRecord(repository, PoliceRegisters::trafficControls(),
                                  trafficControlValues(municipality, QDate(2022, 3, 15), trafficPromise));
    Record visit = insertRecord(repository, PoliceRegisters::visits(),
                                visitValues(municipality, school.id, QDate(2022, 3, 16), drugsPromise));
    Record elsewhere = insertRecord(repository, PoliceRegisters::trafficControls(),
                                    merged(trafficControlValues(botkyrka, QDate(2022, 4, 1)),
                                           {{QStringLiteral("place"), QStringLiteral("Tumba centrum")}}));

    XlsxFile write(qint64 only) {
        const QString path = file.pathFor(QStringLiteral("export.xlsx"));
        XlsxWorkbook workbook(path);
        const Status written = RegisterExport::write(repository, workbook, only, Registry::all());
        INFO(written.message().toStdString());
        REQUIRE(written.ok());
        const Status committed = workbook.commit();
        INFO(committed.message().toStdString());
        REQUIRE(committed.ok());
        return XlsxFile(path);
    }
};

} // namespace

TEST_CASE("A municipality's workbook: a sheet per register, Swedish headers, dates, numbers and labels",
          "[io][xlsx]") {
    ExportFile data;
    Swedish swedish;
    const XlsxFile xlsx = data.write(data.municipality);

    // A sheet per register, named in Swedish, in the registry's order.
    REQUIRE(xlsx.sheets.size() == Registry::all().size());
    CHECK(xlsx.names().contains(QStringLiteral("Trafikkontroller")));
    CHECK(xlsx.names().contains(QStringLiteral("Besök")));
    CHECK(xlsx.names().first() == QStringLiteral("Kommuner"));

    const XlsxFile::Sheet& traffic = xlsx.sheet(QStringLiteral("Trafikkontroller"));
    // The fields' labels as translated; no municipality column when one municipality is exported.
    CHECK(traffic.row(1) ==
          QStringList{QStringLiteral("Datum"), QStringLiteral("Plats"), QStringLiteral("Tid (minuter)"),
                      QStringLiteral("Inriktning"), QStringLiteral("Kontrollerade fordon"),
                      QStringLiteral("Utandningsprov"), QStringLiteral("Anmälningar: rattfylleri"),
                      QStringLiteral("Anmälningar: drograttfylleri"),
                      QStringLiteral("Anmälningar: hastighet"), QStringLiteral("Anmälningar: annat"),
                      QStringLiteral("Räknas för löftet"), QStringLiteral("Anteckning")});
    CHECK(xlsx.numberFormat(traffic.cells.value(QStringLiteral("A1")).style) == QStringLiteral("General"));
    // Only this municipality's control: Botkyrka's stays out.
    CHECK(traffic.rows == 2);

    // A date is a number of days shown as yyyy-mm-dd, which Excel sorts and filters as a date.
    const XlsxFile::Cell date = traffic.cells.value(QStringLiteral("A2"));
    CHECK(date.type == QStringLiteral("n"));
    CHECK(date.value.toInt() == QDate(1899, 12, 30).daysTo(QDate(2022, 3, 15)));
    CHECK(xlsx.numberFormat(date.style) == QStringLiteral("yyyy-mm-dd"));
    // A count is a number.
    const XlsxFile::Cell vehicles = traffic.cells.value(QStringLiteral("E2"));
    CHECK(vehicles.type == QStringLiteral("n"));
    CHECK(vehicles.value == QStringLiteral("80"));
    CHECK(xlsx.numberFormat(vehicles.style) == QStringLiteral("General"));
    // Codes by their labels, not the stored codes; the promise by its title, not its key.
    const XlsxFile::Cell focus = traffic.cells.value(QStringLiteral("D2"));
    CHECK(focus.type != QStringLiteral("n"));
    CHECK(focus.value == QStringLiteral("Rattfylleri, Hastighet"));
    CHECK(traffic.cells.value(QStringLiteral("K2")).value == QStringLiteral("Trafikkontroller"));
    // A visit shows the school by its name.
    const XlsxFile::Sheet& visits = xlsx.sheet(QStringLiteral("Besök"));
    CHECK(visits.row(1).at(1) == QStringLiteral("Enhet"));
    CHECK(visits.row(2).at(1) == QStringLiteral("Centrumskolan 7–9"));
    CHECK(visits.row(2).at(2) == QStringLiteral("Förebyggande insats"));

    // The header row is frozen and filtered over every column and row; the columns fit their content.
    CHECK(traffic.frozenAt == QStringLiteral("A2"));
    CHECK(traffic.autoFilter == QStringLiteral("A1:L2"));
    REQUIRE(traffic.widths.size() == 12);
    CHECK(traffic.widths.at(1) >= QStringLiteral("Rönningevägen vid stationen").size());
    CHECK(traffic.widths.at(0) < 20);
}

TEST_CASE("The whole file's workbook holds every municipality, with the municipality named on each row",
          "[io][xlsx]") {
    ExportFile data;
    const XlsxFile xlsx = data.write(0);
    const XlsxFile::Sheet& traffic = xlsx.sheet(QStringLiteral("Traffic controls"));
    CHECK(traffic.rows == 3);
    CHECK(traffic.row(1).first() == QStringLiteral("Municipality"));
    QStringList municipalities{traffic.row(2).first(), traffic.row(3).first()};
    municipalities.sort();
    CHECK(municipalities == QStringList{QStringLiteral("Botkyrka kommun"), QStringLiteral("Salems kommun")});
    CHECK(xlsx.sheet(QStringLiteral("Municipalities")).rows == 3);
}
