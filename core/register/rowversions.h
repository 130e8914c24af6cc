// RowVersions: the migration step that gives every register's table its version column and, on a server,
// the trigger that tells other clients which row changed.
#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace lk::RowVersions {

// The channel of pg_notify; its payload is "table uuid". Case-sensitive: a listener must use it as written.
inline constexpr char16_t channel[] = u"lofteskollen";

Status install(const QSqlDatabase& db);

} // namespace lk::RowVersions
