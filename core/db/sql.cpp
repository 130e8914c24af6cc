#include "db/sql.h"

#include "db/dialect.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

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
    const QString detail = error.text().trimmed();
    return detail.isEmpty() ? context : context + QStringLiteral(": ") + detail;
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values) {
    const Engine engine = engineOf(db);
    QSqlQuery query(db);
    query.setForwardOnly(Dialect::streamsRows(engine));
    const bool unprepared = values.isEmpty() && Dialect::runsUnpreparedWithoutValues(engine);
    if (!unprepared && !query.prepare(statement))
        return Error{describe(query.lastError(), QCoreApplication::translate(
                                                     "lk::sql", "The database could not prepare a query"))};
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!(unprepared ? query.exec(statement) : query.exec())) {
        // A query that only reads changed nothing, so its message says nothing about a change.
        const QString storage = storageFailure(
            query.lastError(), statement.startsWith(QStringLiteral("SELECT"), Qt::CaseInsensitive)
                                   ? Access::Read
                                   : Access::Write);
        if (!storage.isEmpty())
            return Error{storage};
        return Error{describe(query.lastError(),
                              QCoreApplication::translate("lk::sql", "The database refused a change"))};
    }
    return query;
}

namespace {

// The prepared writes of one connection, owned by its driver, so that they go when the connection goes (the
// driver finalizes every statement of its own before it closes) and never serve another connection that
// takes the same name.
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

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values) {
    auto query = run(db, statement, values);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

} // namespace lk::sql
