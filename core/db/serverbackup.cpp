#include "db/serverbackup.h"

#include "db/database.h"
#include "db/dialect.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::ServerBackup)
};

QString quotedName(const QString& name) {
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// The file's tables a copy fills: not SQLite's own, and not the search index (a virtual table and the
// tables it keeps), which the file's own triggers fill from the rows as they come in.
Result<QStringList> copiedTables(const QSqlDatabase& file) {
    auto rows = sql::run(file, QStringLiteral("SELECT name, type = 'table' AND sql LIKE 'CREATE VIRTUAL%' "
                                              "FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    if (!rows)
        return rows.error();
    QStringList tables;
    QStringList virtualTables;
    while (rows->next()) {
        const QString name = rows->value(0).toString();
        if (rows->value(1).toBool())
            virtualTables << name;
        else if (!name.startsWith(QStringLiteral("sqlite_")))
            tables << name;
    }
    tables.removeIf([&virtualTables](const QString& table) {
        return std::any_of(virtualTables.begin(), virtualTables.end(),
                           [&table](const QString& index) { return table.startsWith(index + u'_'); });
    });
    return tables;
}

Result<QStringList> columnsOf(const QSqlDatabase& db, const QString& table) {
    auto rows =
        engineOf(db) == Engine::Sqlite
            ? sql::run(db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table})
            : sql::run(db,
                       QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                      "table_schema = 'public' AND table_name = ? ORDER BY "
                                      "ordinal_position"),
                       {table});
    if (!rows)
        return rows.error();
    QStringList columns;
    while (rows->next())
        columns << rows->value(0).toString();
    return columns;
}

// One table's rows from the server into the file, in the columns both have (a column only one of them has,
// such as the server's row versions or access table, stays where it is).
Status copyTable(const QSqlDatabase& server, const QSqlDatabase& file, const QString& table) {
    auto fileColumns = columnsOf(file, table);
    if (!fileColumns)
        return fileColumns.error();
    auto serverColumns = columnsOf(server, table);
    if (!serverColumns)
        return serverColumns.error();
    QStringList columns;
    for (const QString& column : *fileColumns) {
        if (serverColumns->contains(column))
            columns << quotedName(column);
    }
    if (columns.isEmpty())
        return {};
    // What the file's migrations put in (such as the search index's register numbers) gives way to the
    // server's rows, so that the copy holds what the server holds and nothing else.
    if (auto cleared = sql::run(file, QStringLiteral("DELETE FROM %1").arg(quotedName(table))); !cleared)
        return cleared.error();
    const QString list = columns.join(QStringLiteral(", "));
    auto rows = sql::run(server, QStringLiteral("SELECT %1 FROM %2").arg(list, quotedName(table)));
    if (!rows)
        return rows.error();
    const QString insert =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(quotedName(table), list,
                 QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    while (rows->next()) {
        QVariantList values;
        values.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i)
            values << rows->value(i);
        if (auto written = sql::write(file, insert, values); !written)
            return written.error();
    }
    return {};
}

} // namespace

Status ServerBackup::write(const QSqlDatabase& server, const QString& shown, const QString& target) {
    // A snapshot: every table as it stood at one moment, while others go on writing; read only, and ended
    // by the rollback when the reading is done.
    Transaction snapshot(server);
    if (auto begun = snapshot.begun(); !begun)
        return Error{Text::tr("The server %1 could not be read: %2").arg(shown, begun.message())};
    if (auto set =
            sql::run(server, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
        !set)
        return Error{Text::tr("The server %1 could not be read: %2").arg(shown, set.message())};
    auto serverTables = Dialect::userTables(server);
    if (!serverTables)
        return serverTables.error();
    const QSet<QString> onServer(serverTables->begin(), serverTables->end());
    auto made = Database::createNew(target, [&](const Database& copy) -> Status {
        const QSqlDatabase file = copy.connection();
        // The tables come in one by one in any order; the server's rows already hold together, which the
        // check at the end proves on the whole file.
        if (auto off = sql::run(file, QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
            return off.error();
        auto tables = copiedTables(file);
        if (!tables)
            return tables.error();
        Transaction writing(file);
        if (auto begun = writing.begun(); !begun)
            return begun;
        for (const QString& table : std::as_const(*tables)) {
            if (table == Dialect::versionTable() || !onServer.contains(table))
                continue;
            if (auto copied = copyTable(server, file, table); !copied)
                return Error{Text::tr("the table %1 could not be copied: %2").arg(table, copied.message())};
        }
        auto broken = sql::scalar(file, QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check"));
        if (!broken)
            return broken.error();
        if (broken->toInt() > 0)
            return Error{
                Text::tr("%n row(s) point at records the server does not hold", "", broken->toInt())};
        return writing.commit();
    });
    if (!made)
        return Error{Text::tr("No backup of %1 was written: %2 Nothing was changed on the server.")
                         .arg(shown, made.message())};
    return {};
}

} // namespace lk
