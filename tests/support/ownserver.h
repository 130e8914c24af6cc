// A PostgreSQL server of a test's own (tests/postgres/testserver.sh in a folder of its own), for what must
// not happen to the fixture's server every test shares: stopping it mid-edit, changing how logins are
// checked.
#pragma once

#include <QString>

namespace lk::test {

class OwnServer {
public:
    // Starts the server and sets up its database on it (server init); REQUIREs both.
    OwnServer();
    // Stops it and removes its folder.
    ~OwnServer();
    OwnServer(const OwnServer&) = delete;
    OwnServer& operator=(const OwnServer&) = delete;

    // Its database as the superuser, or as `user` (with `password` when given).
    QString url(const QString& user = {}, const QString& password = {}) const;
    // Stops the server, keeping its data (as a server stopped for maintenance), and starts it again.
    void halt();
    void resume();
    // Makes a login `user` whose password is checked (scram-sha-256) on the server's socket.
    void addPasswordLogin(const QString& user, const QString& password);

private:
    void script(const QString& action) const;

    QString m_folder;
};

} // namespace lk::test
