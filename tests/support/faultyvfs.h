// FaultyVfs: SQLite's own file layer with a write budget; once it is spent, writes fail the way a full or
// failing disk makes them fail, so tests see the program's answer without root or a real disk to fill.
#pragma once

#include <QtGlobal>

namespace lk::test {

class FaultyVfs {
public:
    enum class Fault { DiskFull, WriteError };

    // Becomes SQLite's default file layer, so the connections that Database::open makes while it lives write
    // through it (the QSQLITE driver and core share the system libsqlite3). One at a time.
    FaultyVfs();
    // Gives the default back. Close the connections opened through it first.
    ~FaultyVfs();
    FaultyVfs(const FaultyVfs&) = delete;
    FaultyVfs& operator=(const FaultyVfs&) = delete;

    // From now on, a write that needs more than `bytes` in all fails with `fault`, and so does every write
    // after it: a disk does not empty itself.
    void failAfter(qint64 bytes, Fault fault = Fault::DiskFull);
    // Writes succeed again (space was freed, the cable is back).
    void heal();
    // Bytes written through the layer since it was installed, for sizing a budget.
    qint64 written() const;
    // Writes refused since it was installed.
    int refusals() const;
};

} // namespace lk::test
