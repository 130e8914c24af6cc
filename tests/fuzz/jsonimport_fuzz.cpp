// libFuzzer target: the bytes as an export or exchange file, imported by JsonImporter into one Löfteskollen
// file (the Salem template and corpus/json/every-register.json, so that UUIDs in the seeds meet stored
// records). Besides a crash or anything the sanitizers see, a broken promise of the importer is a finding:
// - a refused import says why, and leaves the file as it was (no record and no audit row more or less);
// - an import that reports no change changed nothing;
// - importing the same bytes a second time changes nothing.
#include "fuzzfile.h"

#include "io/jsonimporter.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

using lk::fuzz::fail;
using lk::fuzz::FuzzFile;

namespace {

FuzzFile* file = nullptr;

bool changedAnything(const lk::ImportSummary& summary) {
    return summary.added + summary.updated + summary.deleted > 0;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    // Qt finds the SQLite driver plugin and the resources (migrations, template) through the application.
    // Both live until the process ends, reachable from here, so the leak check does not count them.
    static QCoreApplication application(*argc, *argv);
    static FuzzFile made(lk::fuzz::baseExport());
    file = &made;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const FuzzFile::Totals before = file->totals();
    auto imported = lk::JsonImporter::import(file->repository(), bytes);
    if (!imported) {
        if (imported.message().isEmpty())
            fail("an import was refused without a message");
        if (file->totals() != before)
            fail("a refused import changed the file", imported.message());
        return 0;
    }
    if (!changedAnything(*imported)) {
        if (file->totals() != before)
            fail("an import that reported no change changed the file");
        return 0;
    }
    auto again = lk::JsonImporter::import(file->repository(), bytes);
    if (!again)
        fail("the second import of the same bytes was refused", again.message());
    if (changedAnything(*again))
        fail("the second import of the same bytes changed the file again",
             QStringLiteral("added %1, updated %2, deleted %3")
                 .arg(again->added)
                 .arg(again->updated)
                 .arg(again->deleted));
    file->restore();
    return 0;
}
