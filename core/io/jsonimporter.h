// JsonImporter: reads an export (or a template) into a file, all or nothing, merging records by UUID.
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace lk {

struct ImportSummary {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QSet<QString> tables; // the tables that got a row added or changed
};

class JsonImporter {
public:
    // A record whose UUID is new is added; one that exists is updated when its content differs. Any error
    // (broken JSON, an unknown table or field, a wrong value, a dangling reference) changes nothing, and the
    // message names the table, the record and the field.
    static Result<ImportSummary> import(const Repository& repository, const QByteArray& json);
};

} // namespace lk
