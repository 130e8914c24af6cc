#include "db/migrator.h"

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
            list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
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
    auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    return version->toInt();
}

Status Migrator::migrate(const QSqlDatabase& db, const QList<Migration>& migrations, int upTo) {
    auto current = currentVersion(db);
    if (!current)
        return current.error();
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
        for (const QString& statement : splitStatements(migration.sql)) {
            if (auto ran = sql::run(db, statement); !ran)
                return Error{step + QStringLiteral(": ") + ran.message()};
        }
        // PRAGMA takes no bound values; the number comes from the file name, never from user text.
        if (auto ran = sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version)); !ran)
            return Error{step + QStringLiteral(": ") + ran.message()};
        if (auto committed = transaction.commit(); !committed)
            return Error{step + QStringLiteral(": ") + committed.message()};
        *current = migration.version;
    }
    return {};
}

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
            if (c == u';') {
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
