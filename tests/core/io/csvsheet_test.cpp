#include "catchqt.h"
#include "io/csvsheet.h"
#include "io/csvtable.h"
#include "testfile.h"

#include <QDate>

using namespace lk;
using namespace lk::test;

TEST_CASE("A CSV table for Swedish Excel: a BOM, semicolons, quoted cells and decimal commas", "[io][csv]") {
    TestFile file;
    const QString path = file.pathFor(QStringLiteral("trafikkontroller.csv"));
    const QList<SheetWriter::Column> columns{{QStringLiteral("Datum"), SheetWriter::Kind::Date},
                                             {QStringLiteral("Plats"), SheetWriter::Kind::Text},
                                             {QStringLiteral("Fordon"), SheetWriter::Kind::Integer},
                                             {QStringLiteral("Andel"), SheetWriter::Kind::Decimal}};
    const QVariantList row{QDate(2022, 3, 15), QStringLiteral("Rönninge; vid \"stationen\"\nandra raden"),
                           qint64(1500), 12.5};
    CsvSheet sheet(path);
    REQUIRE(sheet.addSheet(QStringLiteral("Trafikkontroller"), columns).ok());
    REQUIRE(sheet.addRow(row).ok());
    // A CSV file holds one table.
    CHECK_FALSE(sheet.addSheet(QStringLiteral("Besök"), {{QStringLiteral("Datum")}}).ok());
    REQUIRE_FALSE(sheet.commit().ok());

    CsvSheet again(path);
    REQUIRE(again.addSheet(QStringLiteral("Trafikkontroller"), columns).ok());
    REQUIRE(again.addRow(row).ok());
    REQUIRE(again.commit().ok());
    const QByteArray bytes = bytesOf(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF\"Datum\";\"Plats\";\"Fordon\";\"Andel\"\r\n"));
    CHECK(bytes.contains(QStringLiteral("\"2022-03-15\";\"Rönninge; vid \"\"stationen\"\"\nandra raden\";"
                                        "\"1500\";\"12,5\"\r\n")
                             .toUtf8()));
    auto table = CsvTable::read(bytes);
    REQUIRE(table.ok());
    CHECK(table->separator == u';');
    CHECK(table->encoding == QStringLiteral("UTF-8 with BOM"));
    REQUIRE(table->rows.size() == 1);
    CHECK(table->rows.first().cells.at(1) == QStringLiteral("Rönninge; vid \"stationen\"\nandra raden"));
}
