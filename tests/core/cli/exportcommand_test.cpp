#include "catchqt.h"
#include "cli/commandline.h"
#include "clirun.h"
#include "police/policeregisters.h"
#include "register/registry.h"
#include "twomunicipalities.h"
#include "xlsxfile.h"

#include <QFile>

using namespace lk;
using namespace lk::test;

namespace {

Run exportAs(const QString& db, const QString& out, const QStringList& more) {
    QStringList arguments{QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out};
    return run(arguments << more);
}

// Two municipalities, each with a traffic control.
struct ExportFiles : TwoMunicipalities {
    ExportFiles() {
        for (const auto& [owner, place] : {std::pair{municipality, QStringLiteral("Rönningevägen")},
                                           std::pair{huddinge, QStringLiteral("Huddinge centrum")}})
            insertRecord(repository, PoliceRegisters::trafficControls(),
                         {{QStringLiteral("municipality_id"), owner},
                          {QStringLiteral("held_on"), QDate(2022, 3, 15)},
                          {QStringLiteral("place"), place},
                          {QStringLiteral("focus"), QStringLiteral("hastighet")}});
        close();
    }
};

} // namespace

TEST_CASE("export --format xlsx writes a sheet per register, of the whole file or of one municipality",
          "[cli][xlsx]") {
    ExportFiles data;
    const QString db = data.file.path();
    const QString xlsx = data.file.pathFor(QStringLiteral("alla.xlsx"));

    const Run whole = exportAs(db, xlsx, {QStringLiteral("--format"), QStringLiteral("xlsx")});
    INFO(whole.err.toStdString());
    REQUIRE(whole.exit == CommandLine::Ok);
    CHECK_THAT(whole.out.toStdString(), mentions(QStringLiteral("alla.xlsx")));
    {
        const XlsxFile workbook(xlsx);
        CHECK(workbook.sheets.size() == Registry::all().size());
        CHECK(workbook.sheet(QStringLiteral("Traffic controls")).rows == 3);
    }

    const Run one = exportAs(db, xlsx,
                             {QStringLiteral("--format"), QStringLiteral("xlsx"),
                              QStringLiteral("--municipality"), QStringLiteral("huddinge kommun")});
    REQUIRE(one.exit == CommandLine::Ok);
    const XlsxFile workbook(xlsx);
    const XlsxFile::Sheet& traffic = workbook.sheet(QStringLiteral("Traffic controls"));
    REQUIRE(traffic.rows == 2);
    CHECK(traffic.row(2).at(1) == QStringLiteral("Huddinge centrum"));
    CHECK(workbook.sheet(QStringLiteral("Municipalities")).row(2).first() ==
          QStringLiteral("Huddinge kommun"));
}

TEST_CASE("export --municipality that fits none is refused with the choices, and writes nothing",
          "[cli][xlsx][choice]") {
    ExportFiles data;
    const QString xlsx = data.file.pathFor(QStringLiteral("ingen.xlsx"));
    const Run result = exportAs(data.file.path(), xlsx,
                                {QStringLiteral("--format"), QStringLiteral("xlsx"),
                                 QStringLiteral("--municipality"), QStringLiteral("Botkyrka")});
    CHECK(result.exit == CommandLine::Usage);
    CHECK_THAT(result.err.toStdString(), mentions(QStringLiteral("Salems kommun")));
    CHECK_THAT(result.err.toStdString(), mentions(QStringLiteral("Huddinge kommun")));
    CHECK(result.out.isEmpty());
    CHECK_FALSE(QFile::exists(xlsx));
}

TEST_CASE("export --format csv writes one register for Swedish Excel, and needs --register", "[cli][csv]") {
    ExportFiles data;
    const QString db = data.file.path();
    const QString csv = data.file.pathFor(QStringLiteral("trafik.csv"));

    const Run none = exportAs(db, csv, {QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(none.exit == CommandLine::Usage);
    CHECK_THAT(none.err.toStdString(), mentions(QStringLiteral("--register")));
    CHECK_FALSE(QFile::exists(csv));

    const Run result = exportAs(db, csv,
                                {QStringLiteral("--format"), QStringLiteral("csv"),
                                 QStringLiteral("--register"), QStringLiteral("traffic_controls"),
                                 QStringLiteral("--municipality"), QStringLiteral("Salems kommun")});
    INFO(result.err.toStdString());
    REQUIRE(result.exit == CommandLine::Ok);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF\"Date\";\"Place\";"));
    CHECK(bytes.contains("\"2022-03-15\";\"R\xC3\xB6nningev\xC3\xA4gen\";\"\";\"Speed\""));
    CHECK_FALSE(bytes.contains("Huddinge"));
}

TEST_CASE("export refuses what does not go together with exit 2", "[cli][xlsx]") {
    ExportFiles data;
    const QString db = data.file.path();
    const QString out = data.file.pathFor(QStringLiteral("x"));
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--format"), QStringLiteral("pdf")},
          QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--since"),
                      QStringLiteral("2022-01-01")},
          QStringList{QStringLiteral("--municipality"), QStringLiteral("Salems kommun")},
          QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--register"),
                      QStringLiteral("trafic")}}) {
        INFO(arguments.join(u' ').toStdString());
        const Run result = exportAs(db, out, arguments);
        CHECK(result.exit == CommandLine::Usage);
        CHECK_FALSE(result.err.isEmpty());
        CHECK_FALSE(QFile::exists(out));
    }
}
