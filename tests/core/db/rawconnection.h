// RawConnection: a plain QSQLITE connection to a file, without the checks, lock and pragmas of
// Database::open, for building files the way an older program version (or another program) would have left
// them.
#pragma once

#include "catchqt.h"
#include "db/sql.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QStringList>
#include <QUuid>

namespace lk::test {

class RawConnection {
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~RawConnection() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    void exec(const QString& statement, const QVariantList& values = {}) const {
        auto ran = sql::run(db(), statement, values);
        INFO(statement.toStdString() + " -> " + ran.message().toStdString());
        REQUIRE(ran.ok());
    }
    QVariant scalar(const QString& statement, const QVariantList& values = {}) const {
        auto value = sql::scalar(db(), statement, values);
        INFO(statement.toStdString() + " -> " + value.message().toStdString());
        REQUIRE(value.ok());
        return *value;
    }
    bool hasTable(const QString& table) const {
        return scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
                      {table})
                   .toInt() == 1;
    }

private:
    QString m_name;
};

// The bytes of a file, or an empty array when it cannot be read.
inline QByteArray contentsOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Everything in a folder, hidden files included (lock, -wal and -shm files).
inline QStringList entriesOf(const QString& folder) {
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

} // namespace lk::test
