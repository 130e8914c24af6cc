// libFuzzer target: the bytes as a CSV file, read by CsvTable and then previewed by IndicatorCsv against the
// indicators of one Löfteskollen file (those of corpus/json/every-register.json), both with an Indikator
// column and for one chosen indicator. A preview without errors is stored as one undoable step and undone.
// Besides a crash or anything the sanitizers see, a broken promise is a finding:
// - a refused file says why; a table never has a row wider than its header, and its rows come in line order;
// - a preview with errors stores nothing; a stored one adds the values it counted, and undo takes them back;
// - a store that fails leaves the file as it was.
#include "fuzzfile.h"

#include "db/sql.h"
#include "indicators/indicatorcsv.h"
#include "io/csvtable.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <cstddef>
#include <cstdint>

using lk::fuzz::fail;
using lk::fuzz::FuzzFile;

namespace {

FuzzFile* file = nullptr;
qint64 municipality = 0;
qint64 indicator = 0;

void checkTable(const QByteArray& bytes) {
    auto table = lk::CsvTable::read(bytes);
    if (!table) {
        if (table.message().isEmpty())
            fail("a CSV file was refused without a message");
        return;
    }
    if (table->header.isEmpty() || table->headerLine < 1)
        fail("a CSV table without a header");
    if (table->separator != u';' && table->separator != u',')
        fail("a CSV table with an unknown separator", QString(table->separator));
    int line = table->headerLine;
    for (const lk::CsvTable::Row& row : table->rows) {
        if (row.cells.size() > table->header.size())
            fail("a CSV row wider than its header", QString::number(row.line));
        if (row.line <= line)
            fail("CSV rows out of line order", QStringLiteral("%1 after %2").arg(row.line).arg(line));
        line = row.line;
    }
}

void checkPreview(const QByteArray& bytes, qint64 chosen) {
    auto preview = lk::IndicatorCsv::read(file->repository(), municipality, bytes, chosen);
    if (!preview) {
        if (preview.message().isEmpty())
            fail("a CSV file was refused without a message");
        return;
    }
    auto changes = lk::IndicatorCsv::changes(file->repository(), *preview);
    if (!preview->errors.isEmpty()) {
        if (changes)
            fail("a preview with errors gave changes to store");
        return;
    }
    if (!changes)
        fail("a preview without errors gave no changes", changes.message());
    const FuzzFile::Totals before = file->totals();
    auto stored = file->document().perform(*changes, QStringLiteral("fuzz"));
    if (!stored) {
        if (stored.message().isEmpty() || file->totals() != before)
            fail("a refused store changed the file or said nothing", stored.message());
        return;
    }
    if (file->totals().records != before.records + preview->added())
        fail("a store added other than the new values of its preview");
    file->document().undoStack()->undo();
    if (file->totals().records != before.records)
        fail("undoing a store left values behind");
    file->document().undoStack()->clear();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    // As in jsonimport_fuzz.cpp: both live until the process ends, reachable from here.
    static QCoreApplication application(*argc, *argv);
    static FuzzFile made(lk::fuzz::baseExport());
    file = &made;
    auto first =
        lk::sql::run(file->document().database().connection(),
                     QStringLiteral("SELECT municipality_id, id FROM indicators ORDER BY id LIMIT 1"));
    if (!first || !first->next())
        fail("the base file has no indicator", first.message());
    municipality = first->value(0).toLongLong();
    indicator = first->value(1).toLongLong();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    checkTable(bytes);
    checkPreview(bytes, 0);
    checkPreview(bytes, indicator);
    return 0;
}
