// JsonImporter: reads an export (or a template) into a file, all or nothing, merging records by UUID.
#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "register/repository.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace lk {

// A record an exchange did not change, and why.
struct ImportConflict {
    QString table;
    QString uuid;
    QString label;  // how the record reads: "Traffic control: Rönningevägen (2022-09-02)"
    QString reason; // what happened on each side
};

struct ImportSummary {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int deleted = 0;      // exchange files: deleted on the other side, unchanged here
    int kept = 0;         // exchange files: sent only for reference; this side's version stays
    QSet<QString> tables; // the tables that got a row added, changed or deleted
    QMap<QString, int> addedTo;
    QMap<QString, int> updatedIn;
    QMap<QString, int> deletedFrom;
    QList<ImportConflict> conflicts;
    QString since; // an exchange file's date; empty for a full export
};

class JsonImporter {
public:
    // A record whose UUID is new is added; one that exists is updated when its content differs. Any error
    // (broken JSON, an unknown table or field, a wrong value, a dangling reference) changes nothing, and the
    // message names the table, the record and the field.
    // An exchange file (core/io/exchange.h) is merged: what changed on both sides since its date is left as
    // it is and listed among the conflicts. A preview does everything and then takes it back, to show what an
    // import would change. It counts the file's bytes in `progress`, and stops when asked, changing nothing.
    enum class Mode { Apply, Preview };
    // Reads `device` (open, seekable: a file or a buffer) a record at a time, so that a file of any size
    // takes little memory.
    static Result<ImportSummary> import(const Repository& repository, QIODevice& device,
                                        Mode mode = Mode::Apply, Progress& progress = Progress::none());
    static Result<ImportSummary> import(const Repository& repository, const QByteArray& json,
                                        Mode mode = Mode::Apply, Progress& progress = Progress::none());
};

} // namespace lk
