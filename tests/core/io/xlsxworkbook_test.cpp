#include "catchqt.h"
#include "io/xlsxworkbook.h"
#include "testfile.h"
#include "xlsxfile.h"

#include <QDate>
#include <QDir>
#include <QFile>

using namespace lk;
using namespace lk::test;

TEST_CASE("A sheet's name keeps Excel's rules: 31 characters, no : \\ / ? * [ ], none twice", "[io][xlsx]") {
    QSet<QString> taken;
    CHECK(XlsxWorkbook::sheetName(QStringLiteral("Åtgärder: öppna/stängda [2022]?"), taken) ==
          QStringLiteral("Åtgärder öppna stängda 2022"));
    const QString longName =
        XlsxWorkbook::sheetName(QStringLiteral("Grannsamverkansområdenas utbildningar och möten"), taken);
    CHECK(longName.size() == 31);
    CHECK(XlsxWorkbook::sheetName(QStringLiteral("besök"), taken) == QStringLiteral("besök"));
    CHECK(XlsxWorkbook::sheetName(QStringLiteral("Besök"), taken) == QStringLiteral("Besök (2)"));
    const QString again =
        XlsxWorkbook::sheetName(QStringLiteral("Grannsamverkansområdenas utbildningar och möten"), taken);
    CHECK(again.size() <= 31);
    CHECK(again.endsWith(QStringLiteral(" (2)")));
    CHECK(XlsxWorkbook::sheetName(QStringLiteral("'?*?'"), taken) == QStringLiteral("Sheet"));
}

TEST_CASE("A workbook takes the target's name only when it is written whole", "[io][xlsx]") {
    TestFile file;
    const QString path = file.pathFor(QStringLiteral("tabell.xlsx"));
    {
        QFile before(path);
        REQUIRE(before.open(QIODevice::WriteOnly));
        before.write("the file as it was");
    }
    const QList<SheetWriter::Column> columns{{QStringLiteral("Datum"), SheetWriter::Kind::Date},
                                             {QStringLiteral("Antal"), SheetWriter::Kind::Integer},
                                             {QStringLiteral("Andel"), SheetWriter::Kind::Decimal},
                                             {QStringLiteral("Text"), SheetWriter::Kind::Text}};
    {
        // Left without commit (a failure half-way): the old file stays, and nothing is left beside it.
        XlsxWorkbook unfinished(path);
        REQUIRE(unfinished.addSheet(QStringLiteral("Blad"), columns).ok());
        REQUIRE(unfinished.addRow({QDate(2022, 3, 15), qint64(4), 12.5, QStringLiteral("a")}).ok());
    }
    CHECK(bytesOf(path) == QByteArray("the file as it was"));
    CHECK(QDir(file.pathFor({})).entryList(QDir::Files).filter(QStringLiteral("tabell")).size() == 1);

    XlsxWorkbook workbook(path);
    REQUIRE(workbook.addSheet(QStringLiteral("Blad"), columns).ok());
    REQUIRE(workbook.addRow({QDate(2022, 3, 15), qint64(4), 12.5, QStringLiteral("rad ett\nrad två")}).ok());
    REQUIRE(workbook.addRow({QVariant(), QVariant(), QVariant(), QVariant()}).ok());
    REQUIRE(workbook.commit().ok());
    const XlsxFile xlsx(path);
    const XlsxFile::Sheet& sheet = xlsx.sheet(QStringLiteral("Blad"));
    CHECK(sheet.row(2) == QStringList{QString::number(QDate(1899, 12, 30).daysTo(QDate(2022, 3, 15))),
                                      QStringLiteral("4"), QStringLiteral("12.5"),
                                      QStringLiteral("rad ett\nrad två")});
    CHECK(sheet.row(3).isEmpty());
    // Text wraps in its column, so that a note of two lines shows both; a date or number does not.
    CHECK(xlsx.wraps(sheet.cells.value(QStringLiteral("D2")).style));
    CHECK_FALSE(xlsx.wraps(sheet.cells.value(QStringLiteral("A2")).style));
    CHECK_FALSE(xlsx.wraps(sheet.cells.value(QStringLiteral("B2")).style));
    // The row is as tall as its two lines, since no spreadsheet program sizes it when opening the file; a
    // row of one line keeps the default.
    CHECK(sheet.heights.value(2) == 30);
    CHECK_FALSE(sheet.heights.contains(3));
    CHECK(sheet.autoFilter == QStringLiteral("A1:D3"));
    // Printed on A4 (9) landscape, all columns on one page's width, the header row on every page.
    CHECK(sheet.pageSetup.value(QStringLiteral("paperSize")) == QStringLiteral("9"));
    CHECK(sheet.pageSetup.value(QStringLiteral("orientation")) == QStringLiteral("landscape"));
    // One page wide is the default, which the file may leave out; fitToHeight 0 is "as many as it takes".
    CHECK(sheet.pageSetup.value(QStringLiteral("fitToWidth"), QStringLiteral("1")) == QStringLiteral("1"));
    CHECK(sheet.pageSetup.value(QStringLiteral("fitToHeight")) == QStringLiteral("0"));
    CHECK(sheet.fitToPage);
    CHECK(sheet.printTitles == QStringLiteral("Blad!$1:$1"));
    CHECK(sheet.header == QStringLiteral("&L&A"));
    CHECK(sheet.footer.startsWith(QStringLiteral("&C")));
    CHECK(sheet.footer.contains(QStringLiteral("&P")));
    CHECK(sheet.footer.contains(QStringLiteral("&N")));

    // A folder that does not exist: the message names the file, and nothing is written.
    const QString nowhere = file.pathFor(QStringLiteral("saknas/tabell.xlsx"));
    XlsxWorkbook failing(nowhere);
    REQUIRE(failing.addSheet(QStringLiteral("Blad"), columns).ok());
    const Status committed = failing.commit();
    REQUIRE_FALSE(committed.ok());
    CHECK_THAT(committed.message().toStdString(), mentions(QStringLiteral("tabell.xlsx")));
    CHECK_FALSE(QFile::exists(nowhere));
}
