// RecordCount: how many records an export will write, counted before it starts, so that its progress has a
// total. The same scope as the export reads: the whole file, or one municipality's records.
#pragma once

#include "common/result.h"
#include "register/registerspec.h"
#include "register/repository.h"

#include <QList>
#include <QVariantList>

namespace lk {

class RecordCount {
public:
    // The records of `registers` in the file (`municipalityId` 0) or in one municipality.
    static Result<qint64> of(const Repository& repository, const QList<const RegisterSpec*>& registers,
                             qint64 municipalityId = 0);

    // The condition that keeps a register's records (as `t`) to one municipality, with its value; empty for
    // the whole file.
    struct Scope {
        QString where; // " WHERE …", or empty
        QVariantList values;
    };
    static Scope scope(const RegisterSpec& spec, qint64 municipalityId);
};

} // namespace lk
