#include "demo/serverdemo.h"

#include "db/database.h"
#include "db/dialect.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "demo/demodata.h"
#include "register/repository.h"

#include <QCoreApplication>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

namespace lk {

namespace {

// Gives lupdate and translate() the same context for the helpers below.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::ServerDemo)
};

// A statement takes at most 65,535 values on PostgreSQL; fewer keep each one's text a few megabytes.
constexpr int valuesPerStatement = 20000;

Result<QStringList> fileTables(const QSqlDatabase& file) {
    // The file's FTS5 index and its shadow tables are SQLite's own; the server keeps its own index.
    auto rows = sql::run(file, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                              "NOT LIKE 'sqlite!_%' ESCAPE '!' AND name NOT LIKE 'search!_%' "
                                              "ESCAPE '!' ORDER BY name"));
    if (!rows)
        return rows.error();
    QStringList tables;
    while (rows->next())
        tables << rows->value(0).toString();
    return tables;
}

// The tables in an order where each comes after those its foreign keys refer to.
Result<QStringList> parentsFirst(const QSqlDatabase& file, const QStringList& tables) {
    QHash<QString, QSet<QString>> parents;
    for (const QString& table : tables) {
        // PRAGMA takes no bound values; the names come from sqlite_master.
        auto keys = sql::run(file, QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(table));
        if (!keys)
            return keys.error();
        while (keys->next()) {
            const QString parent = keys->value(2).toString();
            if (parent != table)
                parents[table].insert(parent);
        }
    }
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        const qsizetype before = ordered.size();
        for (const QString& table : tables) {
            if (placed.contains(table))
                continue;
            const QSet<QString>& needs = parents.value(table);
            if (std::all_of(needs.cbegin(), needs.cend(),
                            [&](const QString& p) { return placed.contains(p) || !tables.contains(p); })) {
                ordered << table;
                placed.insert(table);
            }
        }
        if (ordered.size() == before)
            return Error{Text::tr("the tables refer to each other in a circle")};
    }
    return ordered;
}

Result<QStringList> columnsOf(const QSqlDatabase& file, const QString& table) {
    auto rows = sql::run(file, QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
    if (!rows)
        return rows.error();
    QStringList columns;
    while (rows->next())
        columns << rows->value(1).toString();
    return columns;
}

// Flushes the rows gathered so far as one INSERT.
Status insertRows(const QSqlDatabase& server, const QString& table, const QStringList& columns, int rows,
                  const QVariantList& values) {
    if (rows == 0)
        return {};
    const QString row = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
    auto ran =
        sql::run(server,
                 QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                     .arg(table, columns.join(QStringLiteral(", ")), QStringList(rows, row).join(u',')),
                 values);
    if (!ran)
        return ran.error();
    return {};
}

Result<qint64> copyTable(const QSqlDatabase& file, const QSqlDatabase& server, const QString& table) {
    auto columns = columnsOf(file, table);
    if (!columns)
        return columns.error();
    auto rows = sql::run(
        file,
        QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(columns->join(QStringLiteral(", ")), table));
    if (!rows)
        return rows.error();
    const int perStatement = std::max(1, valuesPerStatement / int(columns->size()));
    qint64 copied = 0;
    int gathered = 0;
    QVariantList values;
    while (rows->next()) {
        for (int i = 0; i < columns->size(); ++i)
            values << rows->value(i);
        ++copied;
        if (++gathered == perStatement) {
            if (Status inserted = insertRows(server, table, *columns, gathered, values); !inserted)
                return inserted.error();
            gathered = 0;
            values.clear();
        }
    }
    if (Status inserted = insertRows(server, table, *columns, gathered, values); !inserted)
        return inserted.error();
    if (columns->contains(QStringLiteral("id"))) {
        if (Status keys = Dialect::keysWritten(server, table); !keys)
            return keys.error();
    }
    return copied;
}

} // namespace

Result<qint64> ServerDemo::copy(const QSqlDatabase& file, const QSqlDatabase& server) {
    auto tables = fileTables(file);
    if (!tables)
        return tables.error();
    auto ordered = parentsFirst(file, *tables);
    if (!ordered)
        return ordered.error();
    // What `server init` put in (the law's checklist points, as in the file) goes, children first, and
    // comes back from the file with the rest.
    for (auto table = ordered->crbegin(); table != ordered->crend(); ++table) {
        if (auto emptied = sql::run(server, QStringLiteral("DELETE FROM %1").arg(*table)); !emptied)
            return emptied.error();
    }
    qint64 copied = 0;
    for (const QString& table : *ordered) {
        auto rows = copyTable(file, server, table);
        if (!rows)
            return Error{Text::tr("%1 could not be copied: %2").arg(table, rows.message())};
        copied += *rows;
    }
    return copied;
}

Result<qint64> ServerDemo::load(const QString& url, const QString& scale) {
    auto server = Database::open(url);
    if (!server)
        return server.error();
    const QSqlDatabase target = (*server)->connection();
    // Records already there are someone's work, or an earlier demo: neither is replaced.
    for (const QString& table : {QStringLiteral("municipalities"), QStringLiteral("audit_log")}) {
        auto count = sql::scalar(target, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (!count)
            return count.error();
        if (count->toLongLong() > 0)
            return Error{Text::tr("%1 holds records already. Demo data goes only into a database just set "
                                  "up with “lofteskollen server init”; nothing was changed.")
                             .arg((*server)->path())};
    }
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error{
            Text::tr("No temporary folder could be made for the demo: %1").arg(folder.errorString())};
    auto file = Database::createNew(folder.filePath(QStringLiteral("demo.sqlite")),
                                    [&scale](const Database& created) {
                                        return DemoData::fill(Repository(created.connection()), scale);
                                    });
    if (!file)
        return file.error();
    Transaction transaction(target);
    if (!transaction.begun())
        return transaction.begun().error();
    auto copied = copy((*file)->connection(), target);
    if (!copied)
        return copied.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return copied;
}

} // namespace lk
