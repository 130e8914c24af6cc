// ServerCheck: what `lofteskollen check --server URL` says of a server's own consistency: the schema's
// version, and that row-level security is enabled and forced on every table that needs it.
#pragma once

#include <QTextStream>

namespace lk {

class Database;

class ServerCheck {
public:
    // Writes what it found to `out`, and a table that lacks its protection to `err`; false when one does
    // (or the server could not be asked).
    static bool report(const Database& database, QTextStream& out, QTextStream& err);
};

} // namespace lk
