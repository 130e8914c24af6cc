// MigrationCode: the migration steps written in C++ ("-- code: NAME" in a script), for what needs the
// register descriptions that db/ does not know. Declared here and defined where the registers are known
// (search/migrationcode.cpp), so that db/ includes nothing but itself and common/.
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace lk::MigrationCode {

// The step of that name, or an empty function when the program has none.
std::function<Status(const QSqlDatabase&)> named(const QString& name);

} // namespace lk::MigrationCode
