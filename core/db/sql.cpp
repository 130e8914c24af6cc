#include "db/sql.h"
#include "db/sqlsession.h"

#include "db/dialect.h"
#include "db/refusal.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlResult>

#include <unordered_map>

#include <sqlite3.h>

namespace lk::sql {

namespace {

// Gives lupdate and translate() the same context for the helpers below.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::sql)
};

// SQLite's primary result code. Qt passes it on for a failed statement, but not for a failed COMMIT through
// QSqlDatabase::commit(); there only SQLite's message (always English) says what it was.
int resultCode(const QSqlError& error) {
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    if (isNumber)
        return code & 0xff;
    const QString text = error.databaseText();
    if (text == QString::fromUtf8(sqlite3_errstr(SQLITE_FULL)))
        return SQLITE_FULL;
    if (text == QString::fromUtf8(sqlite3_errstr(SQLITE_IOERR)))
        return SQLITE_IOERR;
    return 0;
}

} // namespace

QString storageFailure(const QSqlError& error, Access access) {
    switch (resultCode(error)) {
    case SQLITE_FULL:
        return access == Access::Write
                   ? Text::tr(
                         "The disk is full. Nothing of the change was saved: the file is as it was before. "
                         "Free some space on the disk, then try again.")
                   : Text::tr("The disk is full. Free some space on the disk, then try again.");
    case SQLITE_IOERR:
        return access == Access::Write
                   ? Text::tr(
                         "The disk could not be written (an input/output error). Nothing of the change was "
                         "saved: the file is as it was before. Check the disk or the network connection, "
                         "then try again.")
                   : Text::tr(
                         "The file could not be read from the disk (an input/output error). Check the disk "
                         "or the network connection, then try again.");
    default:
        return {};
    }
}

QString describe(const QSqlError& error, const QString& context) {
    if (const QString storage = storageFailure(error); !storage.isEmpty())
        return storage;
    if (const QString refused = refusal(error); !refused.isEmpty())
        return refused;
    const QString detail = error.text().trimmed();
    return detail.isEmpty() ? context : context + QStringLiteral(": ") + detail;
}

namespace {

Error notPrepared(const QSqlQuery& query) {
    return Error{describe(query.lastError(),
                          QCoreApplication::translate("lk::sql", "The database could not prepare a query"))};
}

Error notRun(const QSqlQuery& query, const QString& statement) {
    // A query that only reads changed nothing, so its message says nothing about a change.
    const QString storage = storageFailure(
        query.lastError(),
        statement.startsWith(QStringLiteral("SELECT"), Qt::CaseInsensitive) ? Access::Read : Access::Write);
    if (!storage.isEmpty())
        return Error{storage};
    return Error{
        describe(query.lastError(), QCoreApplication::translate("lk::sql", "The database refused a change"))};
}

} // namespace

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values) {
    const Engine engine = engineOf(db);
    QSqlQuery query(db);
    query.setForwardOnly(Dialect::streamsRows(engine));
    const bool unprepared = values.isEmpty() && Dialect::runsUnpreparedWithoutValues(engine);
    if (!unprepared && !query.prepare(statement))
        return notPrepared(query);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!(unprepared ? query.exec(statement) : query.exec()))
        return notRun(query, statement);
    return query;
}

namespace {

// The prepared statements of one connection (the writes, and the reads of eachRow), owned by its driver, so
// that they go when the connection goes (the driver finalizes every statement of its own before it closes)
// and never serve another connection that takes the same name.
class PreparedWrites : public QObject {
public:
    explicit PreparedWrites(QSqlDriver* driver)
        : QObject(driver) {}
    static PreparedWrites& of(const QSqlDatabase& db) {
        QSqlDriver* driver = db.driver();
        auto* cache = driver->findChild<PreparedWrites*>(QString(), Qt::FindDirectChildrenOnly);
        return cache ? *cache : *new PreparedWrites(driver);
    }
    std::unordered_map<QString, QSqlQuery> queries;
};

} // namespace

namespace {

// The statement SQLite compiled for a prepared query of Qt's SQLite driver, or null for another driver. Qt
// keeps owning it (and finalizes it when the connection closes); binding and stepping it directly saves
// Qt's conversion of every value to a named placeholder, a tenth of an import's time.
sqlite3_stmt* sqliteStatement(const QSqlQuery& query) {
    const QVariant handle = query.result() ? query.result()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3_stmt*") != 0)
        return nullptr;
    return *static_cast<sqlite3_stmt* const*>(handle.constData());
}

// A value as Qt's SQLite driver binds it: bytes as a blob, whole numbers and truth values as integers,
// numbers as reals, anything else as its text; null stays null.
int bind(sqlite3_stmt* statement, int index, const QVariant& value) {
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.metaType().id()) {
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    default: {
        // As UTF-8, the file's encoding: given UTF-16, SQLite converts every text itself, a slower loop than
        // Qt's (a twentieth of an import, whose change log is mostly text).
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
}

Result<Written> stepSqlite(sqlite3_stmt* statement, const QVariantList& values) {
    sqlite3* handle = sqlite3_db_handle(statement);
    sqlite3_reset(statement);
    int result = SQLITE_OK;
    for (int i = 0; i < values.size() && result == SQLITE_OK; ++i)
        result = bind(statement, i + 1, values.at(i));
    if (result == SQLITE_OK)
        result = sqlite3_step(statement);
    if (result != SQLITE_DONE && result != SQLITE_ROW) {
        // Worded as Qt's driver words it, so that the messages built on it read the same.
        const QSqlError error(QStringLiteral("Unable to fetch row"),
                              QString::fromUtf8(sqlite3_errmsg(handle)), QSqlError::StatementError,
                              QString::number(result));
        sqlite3_reset(statement);
        if (const QString storage = storageFailure(error, Access::Write); !storage.isEmpty())
            return Error{storage};
        return Error{
            describe(error, QCoreApplication::translate("lk::sql", "The database refused a change"))};
    }
    const Written written{QVariant(qint64(sqlite3_last_insert_rowid(handle))), sqlite3_changes(handle)};
    sqlite3_reset(statement); // holds nothing open
    sqlite3_clear_bindings(statement);
    return written;
}

} // namespace

void forgetPreparedWrites(const QSqlDatabase& db) {
    if (QSqlDriver* driver = db.driver())
        delete driver->findChild<PreparedWrites*>(QString(), Qt::FindDirectChildrenOnly);
}

Result<Written> write(const QSqlDatabase& db, const QString& statement, const QVariantList& values) {
    auto& queries = PreparedWrites::of(db).queries;
    auto found = queries.find(statement);
    if (found == queries.end()) {
        QSqlQuery query(db);
        query.setForwardOnly(Dialect::streamsRows(engineOf(db)));
        if (!query.prepare(statement))
            return Error{
                describe(query.lastError(),
                         QCoreApplication::translate("lk::sql", "The database could not prepare a query"))};
        found = queries.emplace(statement, std::move(query)).first;
    }
    QSqlQuery& query = found->second;
    if (sqlite3_stmt* compiled = sqliteStatement(query))
        return stepSqlite(compiled, values);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        if (const QString storage = storageFailure(error, Access::Write); !storage.isEmpty())
            return Error{storage};
        return Error{
            describe(error, QCoreApplication::translate("lk::sql", "The database refused a change"))};
    }
    // An insert on a server gives its key back as a row (Dialect::insertReturningKey); QPSQL's
    // lastInsertId() would run SELECT lastval(), which fails in a session that has made no key yet and with
    // it the whole transaction.
    const bool returnsKey = query.isSelect() && query.next();
    Written written{returnsKey                               ? query.value(0)
                    : Dialect::hasLastInsertId(engineOf(db)) ? query.lastInsertId()
                                                             : QVariant(),
                    query.numRowsAffected()};
    query.finish();
    return written;
}

void stopWhen(const QSqlDatabase& db, const std::atomic<bool>* stop) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    sqlite3_progress_handler(
        connection, stop ? 10000 : 0,
        [](void* flag) { return static_cast<const std::atomic<bool>*>(flag)->load() ? 1 : 0; },
        const_cast<std::atomic<bool>*>(stop));
}

Status eachRow(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
               const std::function<bool(const QSqlQuery& query)>& row) {
    // Kept on a server too, where each statement prepared anew costs two more round trips (PREPARE and
    // DEALLOCATE): a window's refresh after one change runs some hundred reads.
    // Taken out of the cache while it runs, so that a read of the same statement inside `row` prepares one
    // of its own instead of resetting this one under it.
    auto& queries = PreparedWrites::of(db).queries;
    QSqlQuery query(db);
    if (auto found = queries.find(statement); found != queries.end()) {
        query = std::move(found->second);
        queries.erase(found);
    } else {
        // A server's rows come whole (QPSQL's forward-only mode would lose them to a read inside `row`).
        query.setForwardOnly(Dialect::streamsRows(engineOf(db)));
        if (!query.prepare(statement))
            return notPrepared(query);
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        const Error error = notRun(query, statement);
        query.finish();
        return error;
    }
    while (query.next() && row(query)) {
    }
    query.finish(); // reset: it holds no read open while it waits for its next use
    queries.emplace(statement, std::move(query));
    return {};
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values) {
    QVariant first;
    if (Status read = eachRow(db, statement, values,
                              [&first](const QSqlQuery& query) {
                                  first = query.value(0);
                                  return false;
                              });
        !read)
        return read.error();
    return first;
}

} // namespace lk::sql
