#include "fuzzfile.h"

#include "db/sql.h"
#include "io/jsonimporter.h"
#include "io/templates.h"
#include "register/registry.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace lk::fuzz {

void fail(const char* what, const QString& detail) {
    std::fprintf(stderr, "\n=== FINDING: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

QByteArray baseExport() {
    QFile file(QStringLiteral(LOFTESKOLLEN_FUZZ_BASE));
    if (!file.open(QIODevice::ReadOnly))
        fail("the base export could not be read", file.fileName());
    return file.readAll();
}

FuzzFile::FuzzFile(const QByteArray& baseExport) {
    if (!m_dir.isValid())
        fail("no temporary folder");
    m_path = m_dir.filePath(QStringLiteral("fuzz.sqlite"));
    {
        auto created = Templates::createFile(m_path, Templates::defaultName());
        if (!created)
            fail("the file could not be made", created.message());
        auto imported = JsonImporter::import(Repository((*created)->connection()), baseExport);
        if (!imported)
            fail("the base export was refused", imported.message());
    } // closed: the write-ahead log is emptied into the file, so the file alone is the whole state
    QFile made(m_path);
    if (!made.open(QIODevice::ReadOnly))
        fail("the file could not be read back", made.errorString());
    m_made = made.readAll();

    QStringList counts;
    for (const RegisterSpec* spec : Registry::all())
        counts << QStringLiteral("(SELECT count(*) FROM %1)").arg(spec->table);
    m_totals = QStringLiteral("SELECT %1, (SELECT count(*) FROM audit_log)").arg(counts.join(u'+'));
    open();
}

void FuzzFile::open() {
    auto document = Document::open(m_path);
    if (!document)
        fail("the file could not be opened", document.message());
    m_document = std::move(*document);
}

FuzzFile::Totals FuzzFile::totals() const {
    auto query = sql::run(m_document->database().connection(), m_totals);
    if (!query || !query->next())
        fail("the file could not be counted", query.message());
    return {query->value(0).toLongLong(), query->value(1).toLongLong()};
}

void FuzzFile::restore() {
    m_document.reset();
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(m_made) != m_made.size())
        fail("the file could not be put back", file.errorString());
    file.close();
    open();
}

} // namespace lk::fuzz
