#include "catchqt.h"
#include "io/csvtable.h"
#include "io/csvwriter.h"
#include "testfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace lk;
using lk::test::bytesOf;

TEST_CASE("CsvWriter writes quoted cells that CsvTable reads back as they were", "[csv][csvwriter]") {
    QTemporaryDir folder;
    const QString path = QDir(folder.path()).filePath(QStringLiteral("ut.csv"));
    const QStringList header{QStringLiteral("Namn"), QStringLiteral("Kommentar")};
    const QStringList tricky{QStringLiteral("Ränneslätt; Salem"), QStringLiteral("Sa \"ja\",\nsedan nej")};
    CsvWriter csv(path);
    REQUIRE(csv.open().ok());
    csv.writeRow(header);
    csv.writeRow(tricky);
    csv.writeRow({QStringLiteral("tom"), QString()});
    REQUIRE(csv.commit().ok());
    CHECK(csv.rowsWritten() == 3);

    const QByteArray bytes = bytesOf(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF\"Namn\";\"Kommentar\"\r\n"));
    CHECK(bytes.contains("\"Sa \"\"ja\"\",\nsedan nej\""));
    auto table = CsvTable::read(bytes);
    INFO(table.message().toStdString());
    REQUIRE(table.ok());
    CHECK(table->separator == u';');
    CHECK(table->header == header);
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows.at(0).cells == tricky);
    CHECK(table->rows.at(1).line == 4); // the line end inside the cell took a line
    CHECK(table->rows.at(1).cells == QStringList{QStringLiteral("tom"), QString()});
}

TEST_CASE("CsvWriter leaves the target as it was until it commits", "[csv][csvwriter]") {
    QTemporaryDir folder;
    const QString path = QDir(folder.path()).filePath(QStringLiteral("ut.csv"));
    {
        QFile before(path);
        REQUIRE(before.open(QIODevice::WriteOnly));
        before.write("old");
    }
    {
        CsvWriter abandoned(path);
        REQUIRE(abandoned.open().ok());
        abandoned.writeRow({QStringLiteral("half")});
        CHECK(bytesOf(path) == "old");
    }
    CHECK(bytesOf(path) == "old");
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("ut.csv")});

    CsvWriter nowhere(QDir(folder.path()).filePath(QStringLiteral("saknas/ut.csv")));
    auto opened = nowhere.open();
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.message().contains(QStringLiteral("saknas")));
}
