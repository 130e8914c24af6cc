#include "catchqt.h"
#include "db/database.h"
#include "io/csvsheet.h"
#include "io/jsonexporter.h"
#include "io/jsonimporter.h"
#include "io/recordcount.h"
#include "io/registerexport.h"
#include "io/xlsxworkbook.h"
#include "police/policeregisters.h"
#include "recordingprogress.h"
#include "register/recordtablemodel.h"
#include "register/registry.h"
#include "samplefile.h"
#include "testfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <memory>

using namespace lk;
using namespace lk::test;

namespace {

// Every step shown in `phase` no fewer than the one before, the first at 0 and the last at its total.
void checkRisesToItsTotal(const RecordingProgress& progress, const QString& phase, qint64 total) {
    const auto steps = progress.of(phase);
    INFO(phase.toStdString());
    REQUIRE(steps.size() >= 2);
    CHECK(steps.first().done == 0);
    CHECK(steps.last().done == total);
    for (qsizetype i = 1; i < steps.size(); ++i) {
        CHECK(steps.at(i).total == total);
        CHECK(steps.at(i).done >= steps.at(i - 1).done);
    }
}

QString jsonPhase(const char* text) {
    return QCoreApplication::translate("lk::JsonImporter", text);
}

qint64 recordsIn(const QByteArray& json) {
    qint64 count = 0;
    for (const QJsonValue& table : QJsonDocument::fromJson(json).object())
        count += table.toArray().size();
    return count;
}

QByteArray sampleExport() {
    SampleFile sample;
    return TestFile::exportOf(*sample.document);
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("A phase is shown at its start, rising, and at its end, at most every thousandth of it",
          "[progress]") {
    RecordingProgress progress;
    progress.begin(QStringLiteral("Counting"), 12345);
    for (int i = 0; i < 12345; ++i)
        REQUIRE(progress.advance());
    checkRisesToItsTotal(progress, QStringLiteral("Counting"), 12345);
    CHECK(progress.shown.size() <= 1002);
    // A phase of unknown length is shown at its start.
    progress.begin(QStringLiteral("Reading"), 0);
    CHECK(progress.shown.last().phase == QStringLiteral("Reading"));
    CHECK(progress.shown.last().total == 0);
}

TEST_CASE("A request to stop is taken while the work can stop, and not while a file is put in place",
          "[progress]") {
    RecordingProgress saving;
    saving.begin(Progress::savingFile(), 0, false);
    saving.requestStop();
    CHECK(saving.advance());
    CHECK_FALSE(saving.stopRequested());

    RecordingProgress reading;
    reading.begin(QStringLiteral("Reading"), 10);
    CHECK(reading.advance());
    reading.requestStop();
    CHECK_FALSE(reading.advance());
    CHECK(Progress::isStopped(Progress::stopped(QStringLiteral("Nothing was changed."))));
}

TEST_CASE("A JSON export and an import count every record, up to the total", "[progress][exchange]") {
    SampleFile sample;
    RecordingProgress exporting;
    auto json = JsonExporter::exportAll(sample.repository, exporting);
    REQUIRE(json.ok());
    const qint64 records = recordsIn(*json);
    REQUIRE(records > 100);
    checkRisesToItsTotal(exporting, QCoreApplication::translate("lk::JsonExporter", "Reading the records"),
                         records);

    TestFile target;
    auto document = target.open();
    RecordingProgress importing;
    REQUIRE(JsonImporter::import(document->repository(), *json, JsonImporter::Mode::Apply, importing).ok());
    // An import is read as it streams: it counts the file's bytes, which are known before its records are.
    checkRisesToItsTotal(importing, jsonPhase("Importing the records"), json->size());
    // Then the commit, which is not stopped.
    CHECK(importing.shown.last().phase == jsonPhase("Saving the imported records"));
}

TEST_CASE("An import stopped halfway leaves the file exactly as it was", "[progress][exchange]") {
    const QByteArray json = sampleExport();
    TestFile target(QStringLiteral("salem-2021-2022"));
    auto document = target.open();
    const QByteArray before = TestFile::exportOf(*document);
    const QVariant auditBefore = scalar(*document, QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    RecordingProgress progress;
    progress.stopHalfwayThrough(jsonPhase("Importing the records"));
    auto imported = JsonImporter::import(document->repository(), json, JsonImporter::Mode::Apply, progress);
    REQUIRE_FALSE(imported.ok());
    CHECK(Progress::isStopped(imported.error()));
    CHECK(imported.message().contains(QStringLiteral("nothing was changed")));
    // It had come halfway (records were written in its transaction) before it stopped.
    const auto steps = progress.of(jsonPhase("Importing the records"));
    REQUIRE_FALSE(steps.isEmpty());
    CHECK(steps.last().done * 2 >= steps.last().total);
    CHECK(steps.last().done < steps.last().total);

    CHECK(TestFile::exportOf(*document) == before);
    CHECK(scalar(*document, QStringLiteral("SELECT COUNT(*) FROM audit_log")) == auditBefore);
    // The file takes the same import whole afterwards.
    CHECK(JsonImporter::import(document->repository(), json).ok());
}

TEST_CASE("A workbook or CSV export stopped halfway leaves no file, and an old one as it was",
          "[progress][excel]") {
    SampleFile sample;
    const QString writing = QCoreApplication::translate("lk::RegisterExport", "Writing the rows");
    auto records = RecordCount::of(sample.repository, Registry::all());
    REQUIRE(records.ok());
    for (const QString& name : {QStringLiteral("all.xlsx"), QStringLiteral("all.csv")}) {
        INFO(name.toStdString());
        QTemporaryDir folder;
        const QString path = folder.filePath(name);
        const bool csv = name.endsWith(QStringLiteral(".csv"));
        const QList<const RegisterSpec*> registers =
            csv ? QList<const RegisterSpec*>{Registry::byTable(QStringLiteral("traffic_controls"))}
                : Registry::all();
        {
            std::unique_ptr<SheetWriter> writer;
            writer =
                csv ? std::unique_ptr<SheetWriter>(new CsvSheet(path)) : std::make_unique<XlsxWorkbook>(path);
            RecordingProgress progress;
            progress.stopHalfwayThrough(writing);
            const Status written = RegisterExport::write(sample.repository, *writer, 0, registers, progress);
            REQUIRE_FALSE(written.ok());
            CHECK(Progress::isStopped(written.error()));
        }
        CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

        writeBytes(path, "the old export");
        {
            std::unique_ptr<SheetWriter> writer;
            writer =
                csv ? std::unique_ptr<SheetWriter>(new CsvSheet(path)) : std::make_unique<XlsxWorkbook>(path);
            RecordingProgress progress;
            progress.stopHalfwayThrough(writing);
            CHECK_FALSE(RegisterExport::write(sample.repository, *writer, 0, registers, progress).ok());
        }
        CHECK(bytesOf(path) == "the old export");
        CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
    }
    // Not stopped, the whole file's rows are counted up to their total.
    QTemporaryDir folder;
    XlsxWorkbook workbook(folder.filePath(QStringLiteral("all.xlsx")));
    RecordingProgress progress;
    REQUIRE(RegisterExport::write(sample.repository, workbook, 0, Registry::all(), progress).ok());
    checkRisesToItsTotal(progress, writing, *records);
}

TEST_CASE("A copy of the file stopped while it is written leaves no copy", "[progress][backup][sqlite]") {
    SampleFile sample;
    QTemporaryDir folder;
    const QString target = folder.filePath(QStringLiteral("copy.sqlite"));
    const QString copying = QCoreApplication::translate("lk::Database", "Copying the file");

    RecordingProgress stopped;
    stopped.onShow = [&](RecordingProgress& progress) {
        // At the copy's start: SQLite may keep the pages it writes in memory until near the end.
        if (progress.phase() == copying)
            progress.requestStop();
    };
    const Status saved = Database::saveCopyOf(sample.file.path(), target, stopped);
    REQUIRE_FALSE(saved.ok());
    CHECK(Progress::isStopped(saved.error()));
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    RecordingProgress whole;
    REQUIRE(Database::saveCopyOf(sample.file.path(), target, whole).ok());
    CHECK(QFile::exists(target));
    checkRisesToItsTotal(whole, copying, QFileInfo(sample.file.path()).size());
}

TEST_CASE("A table exported as it shows counts its rows, and stopped halfway leaves no file",
          "[progress][excel]") {
    SampleFile sample;
    const RegisterSpec& spec = PoliceRegisters::trafficControls();
    RecordTableModel model(sample.document.get(), spec, {trafficControls::heldOn, trafficControls::place});
    REQUIRE(model.totalCount() > 10);
    const QString writing = QCoreApplication::translate("lk::RegisterExport", "Writing the rows");
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("table.csv"));
    {
        CsvSheet sheet(path);
        RecordingProgress progress;
        progress.stopHalfwayThrough(writing);
        const Status written = model.writeTo(sheet, spec.pluralName(), progress);
        REQUIRE_FALSE(written.ok());
        CHECK(Progress::isStopped(written.error()));
    }
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    CsvSheet sheet(path);
    RecordingProgress progress;
    REQUIRE(model.writeTo(sheet, spec.pluralName(), progress).ok());
    REQUIRE(sheet.commit().ok());
    checkRisesToItsTotal(progress, writing, model.totalCount());
}

TEST_CASE("A phase that counts bytes shows them as a size, one that counts records as a number",
          "[progress]") {
    Progress progress;
    progress.begin(QStringLiteral("Copying"), 5'000'000, true, Progress::Unit::Bytes);
    const QString bytes = progress.amount(2'500'000);
    INFO(bytes.toStdString());
    CHECK(bytes.contains(QStringLiteral("MB")));
    CHECK_FALSE(bytes.contains(QStringLiteral("2500000")));
    progress.begin(QStringLiteral("Reading"), 247'016);
    CHECK(progress.amount(112'000) == QLocale().toString(112'000));
}
