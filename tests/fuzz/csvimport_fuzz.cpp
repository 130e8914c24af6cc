// libFuzzer target: the bytes as a CSV file, read by CsvTable and then previewed by IndicatorCsv against the
// indicators of one Löfteskollen file (those of corpus/json/every-register.json), both with an Indikator
// column and for one chosen indicator. A preview without errors is stored as one undoable step and undone.
// Besides a crash or anything the sanitizers see, a broken promise is a finding:
// - a refused file says why; a table never has a row wider than its header, and its rows come in line order;
// - a preview with errors stores nothing; a stored one adds the values it counted, and undo takes them back;
// - a store that fails leaves the file as it was.
// The same bytes are also read as a digital walk's survey export (DigitalWalkCsv), every row that can be
// accepted is accepted and stored; besides the promises above:
// - no stored text holds a personal identity number, and the same file stored again adds nothing.
// And as the police's lists of traffic controls and visits (RegisterCsv), with the same promises as the
// indicator values' preview, and: the same list read again once stored adds nothing.
#include "fuzzfile.h"

#include "db/sql.h"
#include "indicators/indicatorcsv.h"
#include "io/csvtable.h"
#include "io/registercsv.h"
#include "police/policeregisters.h"
#include "privacy/personalnumber.h"
#include "walks/digitalwalkcsv.h"
#include "walks/walkregisters.h"

#include <QCoreApplication>
#include <QDate>
#include <QUndoStack>

#include <cstddef>
#include <cstdint>

#include <algorithm>

using lk::fuzz::fail;
using lk::fuzz::FuzzFile;

namespace {

FuzzFile* file = nullptr;
qint64 municipality = 0;
qint64 indicator = 0;
qint64 walk = 0;

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
    auto changes = lk::CsvImport::changes(*preview);
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

void checkPoliceList(const QByteArray& bytes, const lk::RegisterSpec& spec) {
    auto preview = lk::RegisterCsv::read(file->repository(), spec, municipality, bytes);
    if (!preview) {
        if (preview.message().isEmpty())
            fail("a police list was refused without a message");
        return;
    }
    auto changes = lk::CsvImport::changes(*preview);
    if (!preview->errors.isEmpty()) {
        if (changes || !preview->changes.isEmpty())
            fail("a police list's preview with errors gave changes to store");
        return;
    }
    if (!changes)
        fail("a police list's preview without errors gave no changes", changes.message());
    const FuzzFile::Totals before = file->totals();
    auto stored = file->document().perform(*changes, QStringLiteral("fuzz"));
    if (!stored) {
        if (stored.message().isEmpty() || file->totals() != before)
            fail("a refused police list changed the file or said nothing", stored.message());
        return;
    }
    if (file->totals().records != before.records + preview->added())
        fail("a police list added other than the new lines of its preview");
    auto again = lk::RegisterCsv::read(file->repository(), spec, municipality, bytes);
    if (!again || !again->errors.isEmpty() || again->added() != 0)
        fail("a police list read again once stored would add lines", again.message());
    file->document().undoStack()->undo();
    if (file->totals().records != before.records)
        fail("undoing a police list left records behind");
    file->document().undoStack()->clear();
}

// Accepts every row of a digital walk's preview that can be accepted: the most a user can let in.
lk::Result<int> storeAll(lk::DigitalWalkCsv::Preview& preview) {
    const QList<QList<lk::DigitalWalkCsv::Note>> notes = preview.allNotes();
    for (int i = 0; i < preview.rows.size(); ++i)
        preview.rows[i].accepted =
            std::none_of(notes.at(i).cbegin(), notes.at(i).cend(),
                         [](const auto& note) { return note.level == lk::DigitalWalkCsv::Level::Blocking; });
    return lk::DigitalWalkCsv::store(file->document(), preview);
}

void checkDigitalWalk(const QByteArray& bytes) {
    auto preview = lk::DigitalWalkCsv::read(file->repository(), walk, bytes);
    if (!preview) {
        if (preview.message().isEmpty())
            fail("a digital walk's file was refused without a message");
        return;
    }
    const FuzzFile::Totals before = file->totals();
    auto stored = storeAll(*preview);
    if (!stored) {
        if (stored.message().isEmpty() || file->totals() != before)
            fail("a refused digital walk import changed the file or said nothing", stored.message());
        return;
    }
    if (file->totals().records != before.records + *stored)
        fail("a digital walk import added other than the rows it counted");
    if (*stored == 0)
        return;
    auto texts =
        lk::sql::run(file->document().database().connection(),
                     QStringLiteral("SELECT description FROM observations WHERE walk_id = ?"), {walk});
    while (texts && texts->next())
        if (lk::PersonalNumber::find(texts->value(0).toString()))
            fail("a digital walk import stored a personal identity number");
    auto again = lk::DigitalWalkCsv::read(file->repository(), walk, bytes);
    if (!again)
        fail("a digital walk's file read once could not be read again", again.message());
    auto twice = storeAll(*again);
    if (!twice || *twice != 0)
        fail("the same digital walk file stored twice added rows the second time", twice.message());
    file->document().undoStack()->undo();
    if (file->totals().records != before.records)
        fail("undoing a digital walk import left observations behind");
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
    // The walk the digital walk's files are read into, with one registered place to match.
    lk::ChangeSet walkAndPlace;
    lk::Record newWalk;
    newWalk.values = {{QStringLiteral("municipality_id"), municipality},
                      {QStringLiteral("walked_on"), QDate(2023, 10, 5)},
                      {QStringLiteral("kind"), QStringLiteral("digital")},
                      {QStringLiteral("area"), QStringLiteral("Centrum")}};
    walkAndPlace.insert(lk::WalkRegisters::walks(), newWalk);
    lk::Record place;
    place.values = {{QStringLiteral("municipality_id"), municipality},
                    {QStringLiteral("name"), QStringLiteral("Torget")},
                    {QStringLiteral("category"), QStringLiteral("belysning")}};
    walkAndPlace.insert(lk::WalkRegisters::places(), place);
    auto applied = file->repository().apply(walkAndPlace);
    if (!applied)
        fail("the walk for the digital walk's files could not be made", applied.message());
    walk = applied->rows.first().after->id;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    checkTable(bytes);
    checkPreview(bytes, 0);
    checkPreview(bytes, indicator);
    checkDigitalWalk(bytes);
    checkPoliceList(bytes, lk::PoliceRegisters::trafficControls());
    checkPoliceList(bytes, lk::PoliceRegisters::visits());
    return 0;
}
