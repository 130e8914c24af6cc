// Migrator: brings a file's schema up to date with numbered SQL migrations, each all-or-nothing.
#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace lk {

struct Migration {
    int version = 0;
    QString name;
    QString sql;
    // A step in C++ that runs after the SQL, in the same transaction, for what SQL alone cannot write: the
    // search index's triggers, made from the register descriptions, which db/ does not know. A migration's
    // script asks for one with a line "-- code: NAME" (MigrationCode::named).
    std::function<Status(const QSqlDatabase&)> code = {};
};

class Migrator {
public:
    // Marks a file as ours (PRAGMA application_id), so that another program's SQLite file is recognised.
    static constexpr int applicationId = 0x4C4B4F4C; // "LKOL"

    // The migrations built into the program (core/db/migrations/NNNN_name.sql), in order, each with the C++
    // step its script names. A script naming a step the program lacks gets a step that fails, so that the
    // file is never marked as updated without it.
    static QList<Migration> builtIn();
    static int latestVersion();

    static Result<int> currentVersion(const QSqlDatabase& db);

    // Applies every migration above the file's version up to `upTo` (all when negative). Each runs in its own
    // transaction together with the new PRAGMA user_version, so a failing step leaves the file at the step
    // before.
    static Status migrate(const QSqlDatabase& db, const QList<Migration>& migrations, int upTo = -1);

    // Splits a script into statements at semicolons outside quotes and comments.
    static QStringList splitStatements(const QString& script);
};

} // namespace lk
