#include "catchqt.h"
#include "io/csvtable.h"

#include <QByteArray>
#include <QStringList>

using namespace lk;

namespace {

QByteArray bytesOf(const char* text) {
    return QByteArray(text);
}

QString utf8(const char* text) {
    return QString::fromUtf8(text);
}

QList<int> linesOf(const CsvTable& table) {
    QList<int> lines;
    for (const CsvTable::Row& row : table.rows)
        lines.append(row.line);
    return lines;
}

} // namespace

TEST_CASE("CsvTable reads a semicolon file from Swedish Excel in Windows-1252 with decimal commas", "[csv]") {
    // "Indikator;År;Värde", then rows with ö, € and a decimal comma, as cp1252 bytes with CRLF line ends.
    const QByteArray bytes = bytesOf("Indikator;\xC5r;V\xE4rde\r\n"
                                     "Bostadsinbrott;2021;12,5\r\n"
                                     "Skadeg\xF6relse (\x80);2022;3,25\r\n");
    const auto table = CsvTable::read(bytes);
    REQUIRE(table.ok());
    CHECK(table->header == QStringList{QStringLiteral("Indikator"), utf8("År"), utf8("Värde")});
    CHECK(table->headerLine == 1);
    CHECK(table->separator == QChar(u';'));
    CHECK(table->encoding == QStringLiteral("Windows-1252"));
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows.at(0).cells ==
          QStringList{QStringLiteral("Bostadsinbrott"), QStringLiteral("2021"), QStringLiteral("12,5")});
    CHECK(table->rows.at(1).cells.at(0) == utf8("Skadegörelse (€)"));
    CHECK(table->rows.at(1).cells.at(2) == QStringLiteral("3,25"));
    CHECK(linesOf(table.value()) == QList<int>{2, 3});
}

TEST_CASE("CsvTable reads a comma file in UTF-8 with BOM and quoted cells", "[csv]") {
    const QByteArray bytes = bytesOf("\xEF\xBB\xBF"
                                     "Indikator,\xC3\x85r,V\xC3\xA4rde\n"
                                     "\"Otrygghet, centrum\",2021,3.5\n"
                                     "\"Svarade \"\"nej\"\" p\xC3\xA5 fr\xC3\xA5gan\" , 2022 ,  4.0  \n");
    const auto table = CsvTable::read(bytes);
    REQUIRE(table.ok());
    CHECK(table->encoding == QStringLiteral("UTF-8 with BOM"));
    CHECK(table->separator == QChar(u','));
    CHECK(table->header == QStringList{QStringLiteral("Indikator"), utf8("År"), utf8("Värde")});
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows.at(0).cells ==
          QStringList{QStringLiteral("Otrygghet, centrum"), QStringLiteral("2021"), QStringLiteral("3.5")});
    CHECK(table->rows.at(1).cells ==
          QStringList{utf8("Svarade \"nej\" på frågan"), QStringLiteral("2022"), QStringLiteral("4.0")});
}

TEST_CASE("CsvTable reads UTF-8 without BOM as UTF-8", "[csv]") {
    const auto table = CsvTable::read(bytesOf("Omr\xC3\xA5"
                                              "de;Antal\nS\xC3\xB6"
                                              "dra;4\n"));
    REQUIRE(table.ok());
    CHECK(table->encoding == QStringLiteral("UTF-8"));
    CHECK(table->header.at(0) == utf8("Område"));
    REQUIRE(table->rows.size() == 1);
    CHECK(table->rows.at(0).cells.at(0) == utf8("Södra"));
}

TEST_CASE("CsvTable takes the separator from the first line outside quotes", "[csv]") {
    SECTION("a semicolon inside a quoted header cell of a comma file") {
        const auto table = CsvTable::read(bytesOf("\"Plats; kvarter\",Antal\n\"Torget; norra\",3\n"));
        REQUIRE(table.ok());
        CHECK(table->separator == QChar(u','));
        CHECK(table->header == QStringList{QStringLiteral("Plats; kvarter"), QStringLiteral("Antal")});
        CHECK(table->rows.at(0).cells == QStringList{QStringLiteral("Torget; norra"), QStringLiteral("3")});
    }
    SECTION("a comma inside a quoted cell of a semicolon file, after blank lines") {
        const auto table = CsvTable::read(bytesOf("\n \n\"Plats, kvarter\";Antal\nTorget;1,5\n"));
        REQUIRE(table.ok());
        CHECK(table->separator == QChar(u';'));
        CHECK(table->headerLine == 3);
        CHECK(table->rows.at(0).cells == QStringList{QStringLiteral("Torget"), QStringLiteral("1,5")});
    }
    SECTION("a header of one column") {
        const auto table = CsvTable::read(bytesOf("Antal\n3\n"));
        REQUIRE(table.ok());
        CHECK(table->separator == QChar(u','));
        CHECK(table->header == QStringList{QStringLiteral("Antal")});
    }
}

TEST_CASE("CsvTable gives each row the line it starts on after blank lines and multi-line cells", "[csv]") {
    const char* lfText = "\n"                                  // 1
                         "  \n"                                // 2
                         "Namn;Kommentar;Antal\n"              // 3
                         "Ett;\"rad ett\nrad tv\xC3\xA5\";1\n" // 4-5
                         "\n"                                  // 6
                         ";;\n"                                // 7: only empty cells
                         "Tv\xC3\xA5;\" x \";2\n"              // 8
                         "\"Tre\n\nslut\";a;3\n"               // 9-11
                         "Fyra;\"b\";4";                       // 12, no line end
    QByteArray crlf = bytesOf(lfText);
    crlf.replace("\n", "\r\n");
    for (const QByteArray& bytes : {bytesOf(lfText), crlf}) {
        const auto table = CsvTable::read(bytes);
        REQUIRE(table.ok());
        CHECK(table->headerLine == 3);
        CHECK(linesOf(table.value()) == QList<int>{4, 8, 9, 12});
        REQUIRE(table->rows.size() == 4);
        CHECK(table->rows.at(0).cells.at(1) == utf8("rad ett\nrad två"));
        CHECK(table->rows.at(1).cells.at(1) == QStringLiteral("x"));
        CHECK(table->rows.at(2).cells.at(0) == QStringLiteral("Tre\n\nslut"));
        CHECK(table->rows.at(3).cells ==
              QStringList{QStringLiteral("Fyra"), QStringLiteral("b"), QStringLiteral("4")});
    }
}

TEST_CASE("CsvTable reads LF-only and CR-only files", "[csv]") {
    const QByteArray bytes = GENERATE(QByteArray("A,B\n1,2\n\n3,4\n"), QByteArray("A,B\r1,2\r\r3,4\r"),
                                      QByteArray("A,B\r\n1,2\r\n\r\n3,4"));
    const auto table = CsvTable::read(bytes);
    REQUIRE(table.ok());
    CHECK(table->separator == QChar(u','));
    CHECK(table->header == QStringList{QStringLiteral("A"), QStringLiteral("B")});
    CHECK(linesOf(table.value()) == QList<int>{2, 4});
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows.at(1).cells == QStringList{QStringLiteral("3"), QStringLiteral("4")});
}

TEST_CASE("CsvTable names the line where a quoted cell that is never closed starts", "[csv]") {
    SECTION("at the start of a cell") {
        const auto table = CsvTable::read(bytesOf("A;B\n1;2\n3;4\n5;\"aldrig st\xC3\xA4ngd\n6;7\n8;9\n"));
        REQUIRE_FALSE(table.ok());
        CHECK(table.message().startsWith(QStringLiteral("Line 4: a quoted cell is never closed")));
    }
    SECTION("after a multi-line cell on the same row") {
        const auto table =
            CsvTable::read(bytesOf("A;B;C\r\n1;\"tv\xC3\xA5\r\nrader\";\"\xC3\xB6ppen\r\n2;3\r\n"));
        REQUIRE_FALSE(table.ok());
        CHECK(table.message().startsWith(QStringLiteral("Line 3: a quoted cell is never closed")));
    }
    SECTION("a closed quote at the very end is fine") {
        const auto table = CsvTable::read(bytesOf("A;B\n1;\"st\xC3\xA4ngd\""));
        REQUIRE(table.ok());
        CHECK(table->rows.at(0).cells.at(1) == utf8("stängd"));
    }
}

TEST_CASE("CsvTable refuses an empty file", "[csv]") {
    const QByteArray bytes = GENERATE(QByteArray(), QByteArray("\r\n\r\n  \n\t\n"),
                                      QByteArray("\xEF\xBB\xBF"), QByteArray(";;\n ; \n"));
    const auto table = CsvTable::read(bytes);
    REQUIRE_FALSE(table.ok());
    CHECK(table.message().startsWith(QStringLiteral("The file is empty")));
}

TEST_CASE("CsvTable refuses a row with more cells than the header and names its line", "[csv]") {
    SECTION("an extra cell") {
        const auto table = CsvTable::read(bytesOf("A;B\n1;2\n\n\"x\ny\";4;5\n6;7\n"));
        REQUIRE_FALSE(table.ok());
        CHECK(table.message().startsWith(QStringLiteral("Line 4 has 3 cells")));
        CHECK(table.message().contains(QStringLiteral("header on line 1 has only 2 columns")));
    }
    SECTION("empty cells after the last column are dropped, a short row is kept") {
        const auto table = CsvTable::read(bytesOf("A;B;;\n1;2;;\n3\n"));
        REQUIRE(table.ok());
        CHECK(table->header == QStringList{QStringLiteral("A"), QStringLiteral("B")});
        CHECK(table->rows.at(0).cells == QStringList{QStringLiteral("1"), QStringLiteral("2")});
        CHECK(table->rows.at(1).cells == QStringList{QStringLiteral("3")});
        CHECK(CsvTable::cell(table->rows.at(1), 1).isEmpty());
    }
}

TEST_CASE("CsvTable trims spaces and no-break spaces around cells", "[csv]") {
    const auto table = CsvTable::read(bytesOf("A;B;C\n\xC2\xA0 x y \xC2\xA0;   ;\" z \"\n  ;\xC2\xA0;\n"));
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 1);
    CHECK(table->rows.at(0).cells == QStringList{QStringLiteral("x y"), QString(), QStringLiteral("z")});
}

TEST_CASE("CsvTable refuses binary data", "[csv]") {
    SECTION("NUL bytes") {
        const QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10", 20);
        const auto table = CsvTable::read(png);
        REQUIRE_FALSE(table.ok());
        CHECK(table.message().startsWith(QStringLiteral("The file is not a CSV text file")));
    }
    SECTION("many control characters") {
        const auto table =
            CsvTable::read(QByteArray("A;B\n").append(QByteArray("\x01\x02\x03\x1B", 4).repeated(5)));
        REQUIRE_FALSE(table.ok());
        CHECK(table.message().startsWith(QStringLiteral("The file is not a CSV text file")));
    }
    SECTION("a stray form feed is text") {
        const auto table = CsvTable::read(bytesOf("A;B\n1;\x0C"
                                                  "2\n"));
        REQUIRE(table.ok());
        CHECK(table->rows.at(0).cells.at(1) == QStringLiteral("2"));
    }
    SECTION("UTF-16") {
        const auto table = CsvTable::read(QByteArray("\xFF\xFE"
                                                     "A\0;\0B\0",
                                                     8));
        REQUIRE_FALSE(table.ok());
        CHECK(table.message().contains(QStringLiteral("UTF-16")));
    }
}

TEST_CASE("CsvTable refuses a file over 20 MB before reading it", "[csv]") {
    QByteArray bytes("A;B\n");
    bytes.append(QByteArray(CsvTable::maxBytes, 'x'));
    const auto table = CsvTable::read(bytes);
    REQUIRE_FALSE(table.ok());
    CHECK(table.message().contains(QStringLiteral("20 MB")));
}

TEST_CASE("CsvTable finds a column by any of its names whatever the case", "[csv]") {
    const auto table = CsvTable::read(bytesOf("Indikator;\xC3\x85R; V\xC3\xA4rde \n\"Otrygghet\";2021\n"));
    REQUIRE(table.ok());
    CHECK(table->column({utf8("år")}) == 1);
    CHECK(table->column({QStringLiteral("value"), utf8(" VÄRDE ")}) == 2);
    CHECK(table->column({QStringLiteral("INDIKATOR"), utf8("År")}) == 0);
    CHECK(table->column({QStringLiteral("saknas")}) == -1);
    CHECK(table->column({}) == -1);
    const CsvTable::Row& row = table->rows.at(0);
    CHECK(CsvTable::cell(row, table->column({QStringLiteral("indikator")})) == QStringLiteral("Otrygghet"));
    CHECK(CsvTable::cell(row, 2).isEmpty());
    CHECK(CsvTable::cell(row, -1).isEmpty());
}
