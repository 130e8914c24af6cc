#include "auditfixture.h"
#include "io/csvtable.h"
#include "privacy/auditexport.h"
#include "privacy/audittext.h"

#include <QDir>
#include <QFile>

using namespace lk;
using namespace lk::test;

TEST_CASE("AuditExport writes every row of the filter as CSV that reads back whole", "[audit][auditexport]") {
    AuditFile file;
    const QString path = file.file.pathFor(QStringLiteral("logg.csv"));
    auto written =
        AuditExport::write(file.repository.database(), {{}, {}, QStringLiteral("björn"), {}}, path);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    CHECK(*written == 4);

    const QByteArray bytes = bytesOf(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF\""));
    auto table = CsvTable::read(bytes);
    INFO(table.message().toStdString());
    REQUIRE(table.ok());
    CHECK(table->encoding == QStringLiteral("UTF-8 with BOM"));
    CHECK(table->separator == u';');
    CHECK(table->header == AuditExport::header());
    CHECK(table->header.size() == AuditText::ColumnCount + 3);
    REQUIRE(table->rows.size() == 4);

    const int user = table->column({QStringLiteral("User")});
    const int key = table->column({QStringLiteral("Key")});
    const int after = table->column({QStringLiteral("After (JSON)")});
    const int changes = table->column({QStringLiteral("Changes")});
    for (const CsvTable::Row& row : table->rows)
        CHECK(CsvTable::cell(row, user) == QStringLiteral("björn"));
    // Newest first, as the viewer shows it.
    CHECK(CsvTable::cell(table->rows.at(0), key) == QStringLiteral("og_retention_months"));
    CHECK(CsvTable::cell(table->rows.at(1), after).isEmpty());
    // Quotation marks, a semicolon and a line end in a value come back as they were.
    const CsvTable::Row& status = table->rows.at(2);
    const QJsonObject values = QJsonDocument::fromJson(CsvTable::cell(status, after).toUtf8()).object();
    CHECK(values.value(QStringLiteral("comment")).toString() == AuditFile::comment);
    CHECK(CsvTable::cell(status, changes) ==
          QStringLiteral("Comment: Rapport 2021-04-30 → Sa \"ja\"; sedan nej"));
}

TEST_CASE("AuditExport writes all matching rows, also those no view loaded", "[audit][auditexport]") {
    AuditFile file;
    const QString path = file.file.pathFor(QStringLiteral("alla.csv"));
    auto written = AuditExport::write(file.repository.database(), {}, path);
    REQUIRE(written.ok());
    CHECK(*written == 10);
    auto table = CsvTable::read(bytesOf(path));
    REQUIRE(table.ok());
    CHECK(table->rows.size() == 10);

    auto none =
        AuditExport::write(file.repository.database(), {QDate(2000, 1, 1), QDate(2000, 1, 2), {}, {}}, path);
    REQUIRE(none.ok());
    CHECK(*none == 0);
    table = CsvTable::read(bytesOf(path));
    REQUIRE(table.ok());
    CHECK(table->header == AuditExport::header());
    CHECK(table->rows.isEmpty());
}

TEST_CASE("AuditExport that fails leaves the file that was there, and nothing beside it",
          "[audit][auditexport]") {
    AuditFile file;
    QTemporaryDir folder;
    const QString path = QDir(folder.path()).filePath(QStringLiteral("logg.csv"));
    {
        QFile before(path);
        REQUIRE(before.open(QIODevice::WriteOnly));
        before.write("the export of last month\n");
    }
    SECTION("the log cannot be read") {
        REQUIRE(sql::run(file.repository.database(),
                         QStringLiteral("ALTER TABLE audit_log RENAME TO audit_log_away"))
                    .ok());
        auto written = AuditExport::write(file.repository.database(), {}, path);
        REQUIRE_FALSE(written.ok());
        CHECK_THAT(written.message().toStdString(), mentions(QStringLiteral("No file was written")));
    }
    SECTION("the folder does not exist") {
        const QString nowhere = QDir(folder.path()).filePath(QStringLiteral("gone/logg.csv"));
        auto written = AuditExport::write(file.repository.database(), {}, nowhere);
        REQUIRE_FALSE(written.ok());
        CHECK_THAT(written.message().toStdString(), mentions(QDir::toNativeSeparators(nowhere)));
    }
    CHECK(bytesOf(path) == "the export of last month\n");
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("logg.csv")});
}
