// ServerBackup: a server's records as a local Löfteskollen file that the window opens (backup --server).
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace lk {

class ServerBackup {
public:
    // Copies every table the file and the server share from `server` (shown in messages as `shown`) into a
    // new file `target`, never over an existing one: keys and UUIDs as they are, read in one snapshot of the
    // server, so that the copy is consistent while others write; whole or not at all (NewFile).
    static Status write(const QSqlDatabase& server, const QString& shown, const QString& target);
};

} // namespace lk
