#include "db/migrator.h"

#include "db/dialect.h"
#include "db/migrationcode.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace lk {

namespace {
// Gives lupdate and translate() the same context for the helpers below.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::Migrator)
};
// The C++ step a script asks for with "-- code: NAME"; one the program lacks fails, naming it, rather than
// leave the file marked as updated without it.
std::function<Status(const QSqlDatabase&)> codeOf(const QString& script) {
    static const QRegularExpression directive(QStringLiteral("^--\\s*code:\\s*(\\w+)\\s*$"),
                                              QRegularExpression::MultilineOption);
    const auto match = directive.match(script);
    if (!match.hasMatch())
        return {};
    const QString name = match.captured(1);
    if (auto code = MigrationCode::named(name))
        return code;
    return [name](const QSqlDatabase&) -> Status {
        return Error{Text::tr("this program has no step “%1”").arg(name)};
    };
}

} // namespace

QList<Migration> Migrator::builtIn() {
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        const QDir dir(QStringLiteral(":/migrations"));
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
        for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            const auto match = pattern.match(file);
            if (!match.hasMatch())
                continue;
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            Migration migration{match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())};
            migration.code = codeOf(migration.sql);
            list.append(migration);
        }
        return list;
    }();
    return migrations;
}

int Migrator::latestVersion() {
    const auto migrations = builtIn();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Result<int> Migrator::currentVersion(const QSqlDatabase& db) {
    return Dialect::schemaVersion(db);
}

namespace {

// Foreign keys are off while the structure changes: SQLite's way to change a column is to build a new table
// and drop the old one, and with foreign keys on, that DROP would cascade into every child table. The
// setting cannot change inside a transaction, so it is switched around the whole run and restored after.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(const QSqlDatabase& db)
        : m_db(db) {
        // A server checks every reference at once and changes a column in place: nothing to switch there.
        if (engineOf(db) != Engine::Sqlite)
            return;
        auto on = sql::scalar(m_db, QStringLiteral("PRAGMA foreign_keys"));
        m_wasOn = on && on->toInt() == 1;
        if (m_wasOn)
            (void)sql::run(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysOff() {
        if (m_wasOn)
            (void)sql::run(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    QSqlDatabase m_db;
    bool m_wasOn = false;
};

// Every reference still points at a record after a step; otherwise the step is rolled back.
Status checkForeignKeys(const QSqlDatabase& db) {
    if (engineOf(db) != Engine::Sqlite)
        return {}; // a server refuses a dangling reference in the statement that makes it
    auto dangling = sql::run(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!dangling)
        return dangling.error();
    if (dangling->next())
        return Error{Text::tr("records in %1 would point at records that no longer exist")
                         .arg(dangling->value(0).toString())};
    return {};
}

} // namespace

Status Migrator::migrate(const QSqlDatabase& db, const QList<Migration>& migrations, int upTo) {
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    const ForeignKeysOff foreignKeysOff(db);
    for (const Migration& migration : migrations) {
        if (migration.version <= *current || (upTo >= 0 && migration.version > upTo))
            continue;
        const QString step =
            Text::tr("Updating the file's structure to version %1 (%2) failed; the file was left at "
                     "version %3")
                .arg(migration.version)
                .arg(migration.name)
                .arg(*current);
        Transaction transaction(db);
        if (!transaction.begun())
            return Error{step + QStringLiteral(": ") + transaction.begun().message()};
        // A new server schema begins with what a file has from its connection (Dialect::schemaPrelude).
        QStringList statements = *current == 0 ? Dialect::schemaPrelude(engineOf(db)) : QStringList();
        for (const QString& statement : splitStatements(migration.sql))
            statements << Dialect::schemaStatement(engineOf(db), statement);
        for (const QString& statement : std::as_const(statements)) {
            if (auto ran = sql::run(db, statement); !ran)
                return Error{step + QStringLiteral(": ") + ran.message()};
        }
        if (migration.code) {
            if (auto ran = migration.code(db); !ran)
                return Error{step + QStringLiteral(": ") + ran.message()};
        }
        if (auto consistent = checkForeignKeys(db); !consistent)
            return Error{step + QStringLiteral(": ") + consistent.message()};
        // The version and our mark go in the same transaction as the step, so a schema is never half-marked.
        if (auto marked = Dialect::setSchemaVersion(db, migration.version); !marked)
            return Error{step + QStringLiteral(": ") + marked.message()};
        if (auto committed = transaction.commit(); !committed)
            return Error{step + QStringLiteral(": ") + committed.message()};
        *current = migration.version;
    }
    return {};
}

namespace {

// A trigger's body holds statements of its own; its semicolons end the trigger only after its END.
bool insideTrigger(const QString& statement) {
    static const QRegularExpression trigger(
        QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression end(QStringLiteral("\\bEND\\s*$"),
                                        QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statement).hasMatch() && !end.match(statement).hasMatch();
}

} // namespace

QStringList Migrator::splitStatements(const QString& script) {
    QStringList statements;
    QString current;
    enum class State { Code, SingleQuote, DoubleQuote, LineComment, BlockComment } state = State::Code;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == u'-' && next == u'-') {
                state = State::LineComment;
                continue;
            }
            if (c == u'/' && next == u'*') {
                state = State::BlockComment;
                ++i;
                continue;
            }
            if (c == u';' && !insideTrigger(current)) {
                if (!current.trimmed().isEmpty())
                    statements.append(current.trimmed());
                current.clear();
                continue;
            }
            if (c == u'\'')
                state = State::SingleQuote;
            else if (c == u'"')
                state = State::DoubleQuote;
            break;
        case State::SingleQuote:
            if (c == u'\'')
                state = State::Code; // a doubled '' leaves and re-enters the quote, which is the same thing
            break;
        case State::DoubleQuote:
            if (c == u'"')
                state = State::Code;
            break;
        case State::LineComment:
            if (c == u'\n')
                state = State::Code;
            else
                continue;
            break;
        case State::BlockComment:
            if (c == u'*' && next == u'/') {
                state = State::Code;
                ++i;
            }
            continue;
        }
        current.append(c);
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace lk
