// FuzzFile: the Löfteskollen file a fuzz target works on, made once per process, and put back as it was
// whenever an input changed it, so that every input meets the same file and a finding can be replayed alone.
#pragma once

#include "document/document.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace lk::fuzz {

// Stops the run as a finding: libFuzzer keeps the input that led here. `detail` is printed with it.
[[noreturn]] void fail(const char* what, const QString& detail = {});

class FuzzFile {
public:
    // A new file from the Salem template with `baseExport` imported into it; a failure stops the run.
    explicit FuzzFile(const QByteArray& baseExport);

    Document& document() { return *m_document; }
    Repository repository() const { return m_document->repository(); }

    // What every write changes: the records of all registers, and the audit rows (an update adds one too).
    struct Totals {
        qint64 records = 0;
        qint64 audit = 0;
        bool operator==(const Totals&) const = default;
    };
    Totals totals() const;

    // Puts the file back as it was made, for the next input.
    void restore();

private:
    void open();

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_made; // the file's bytes as made, closed
    QString m_totals;  // the query that counts
    std::unique_ptr<Document> m_document;
};

// The base export the targets start from (tests/fuzz/corpus/json/every-register.json).
QByteArray baseExport();

} // namespace lk::fuzz
