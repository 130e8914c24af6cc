// Conflict: a row that another writer changed or deleted after it was read, as it is now and who did it.
#pragma once

#include "register/record.h"
#include "register/registerspec.h"

#include <optional>

namespace lk {

struct Conflict {
    const RegisterSpec* spec = nullptr;
    QString uuid;
    // The row as the database holds it now; none when it was deleted.
    std::optional<Record> theirs;
    // From the audit log's last row of the record: the login on a server, the account on a file.
    QString changedBy;
    QString changedAt;
};

} // namespace lk
