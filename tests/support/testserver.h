// The PostgreSQL server of the tests: which engines a [postgres] test runs on, and a fresh database there.
#pragma once

#include "common/result.h"
#include "db/engine.h"

#include <QString>

#include <vector>

namespace lk::test {

// SQLite always; PostgreSQL too when LOFTESKOLLEN_TEST_SERVER names the test server (CTest sets it for every
// test tagged [postgres], whose fixture starts the server). Run by hand without it, a test warns that it
// tried SQLite alone. A test runs its body once per engine with
//     const Engine engine = GENERATE(from_range(engines()));
std::vector<Engine> engines();
// The engine the whole suite makes its files on: SQLite, or PostgreSQL when LOFTESKOLLEN_TEST_FILES_ON_SERVER
// names the test server (ctest runs every test that is not about the local file itself a second time so: see
// tests/CMakeLists.txt). A test tagged [file] tests the file as such (its bytes, locks, crashes, backups).
Engine suiteEngine();
// "SQLite" or "PostgreSQL", for a test's messages.
const char* engineName(Engine engine);

// A database of its own on the test server, copied from the template database (the schema of
// `lofteskollen server init`, no records), and dropped again with the object. REQUIREs the server.
class ServerDatabase {
public:
    // Made: the template's copy (our schema, no records). Empty: a database with nothing in it, as an IT
    // department hands one over for `server init`.
    enum class Content { Made, Empty };
    explicit ServerDatabase(Content content = Content::Made);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    // The URL to open it with (Database::open, --server).
    QString url() const { return m_url; }
    // The URL of another, not yet existing database on the same server (for what a test creates itself).
    static QString urlOf(const QString& database);
    // Runs one statement on the server's maintenance database (CREATE DATABASE and the like).
    static Status administer(const QString& statement);

private:
    QString m_name;
    QString m_url;
};

} // namespace lk::test
