#include "faultyvfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace lk::test {

namespace {

// SQLite holds a connection's file layer by pointer for as long as the connection lives, so the layer and its
// state are static rather than in the FaultyVfs object, and the real layer is kept after it goes.
sqlite3_vfs* g_real = nullptr;
bool g_installed = false;
sqlite3_vfs g_faulty{};
std::atomic<qint64> g_budget{-1}; // bytes still allowed; -1: no limit
std::atomic<int> g_fault{SQLITE_FULL};
std::atomic<qint64> g_written{0};
std::atomic<int> g_refusals{0};

// Our file: SQLite allocates szOsFile bytes; the real file's own state follows ours.
struct FaultyFile {
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* realOf(sqlite3_file* file) {
    return reinterpret_cast<FaultyFile*>(file)->real;
}

int faultyClose(sqlite3_file* file) {
    return realOf(file)->pMethods->xClose(realOf(file));
}
int faultyRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
    return realOf(file)->pMethods->xRead(realOf(file), buffer, amount, offset);
}
int faultyWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
    qint64 left = g_budget.load();
    while (left >= 0) {
        if (amount > left) {
            // Spent: this write and every later one fail, as on a disk that stays full.
            g_budget.store(0);
            ++g_refusals;
            return g_fault.load();
        }
        if (g_budget.compare_exchange_weak(left, left - amount))
            break;
    }
    g_written += amount;
    return realOf(file)->pMethods->xWrite(realOf(file), buffer, amount, offset);
}
int faultyTruncate(sqlite3_file* file, sqlite3_int64 size) {
    return realOf(file)->pMethods->xTruncate(realOf(file), size);
}
int faultySync(sqlite3_file* file, int flags) {
    return realOf(file)->pMethods->xSync(realOf(file), flags);
}
int faultyFileSize(sqlite3_file* file, sqlite3_int64* size) {
    return realOf(file)->pMethods->xFileSize(realOf(file), size);
}
int faultyLock(sqlite3_file* file, int level) {
    return realOf(file)->pMethods->xLock(realOf(file), level);
}
int faultyUnlock(sqlite3_file* file, int level) {
    return realOf(file)->pMethods->xUnlock(realOf(file), level);
}
int faultyCheckReservedLock(sqlite3_file* file, int* reserved) {
    return realOf(file)->pMethods->xCheckReservedLock(realOf(file), reserved);
}
int faultyFileControl(sqlite3_file* file, int op, void* argument) {
    return realOf(file)->pMethods->xFileControl(realOf(file), op, argument);
}
int faultySectorSize(sqlite3_file* file) {
    return realOf(file)->pMethods->xSectorSize(realOf(file));
}
int faultyDeviceCharacteristics(sqlite3_file* file) {
    return realOf(file)->pMethods->xDeviceCharacteristics(realOf(file));
}
// The write-ahead log's shared index is memory, not a write through xWrite: it is passed on untouched.
int faultyShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** memory) {
    return realOf(file)->pMethods->xShmMap(realOf(file), region, size, extend, memory);
}
int faultyShmLock(sqlite3_file* file, int offset, int n, int flags) {
    return realOf(file)->pMethods->xShmLock(realOf(file), offset, n, flags);
}
void faultyShmBarrier(sqlite3_file* file) {
    realOf(file)->pMethods->xShmBarrier(realOf(file));
}
int faultyShmUnmap(sqlite3_file* file, int deleteFlag) {
    return realOf(file)->pMethods->xShmUnmap(realOf(file), deleteFlag);
}
int faultyFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** pointer) {
    return realOf(file)->pMethods->xFetch(realOf(file), offset, amount, pointer);
}
int faultyUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* pointer) {
    return realOf(file)->pMethods->xUnfetch(realOf(file), offset, pointer);
}

// Version 3, as the unix layer's own; a real file of an older version is given our version 1 table.
const sqlite3_io_methods g_methods3{3,
                                    faultyClose,
                                    faultyRead,
                                    faultyWrite,
                                    faultyTruncate,
                                    faultySync,
                                    faultyFileSize,
                                    faultyLock,
                                    faultyUnlock,
                                    faultyCheckReservedLock,
                                    faultyFileControl,
                                    faultySectorSize,
                                    faultyDeviceCharacteristics,
                                    faultyShmMap,
                                    faultyShmLock,
                                    faultyShmBarrier,
                                    faultyShmUnmap,
                                    faultyFetch,
                                    faultyUnfetch};
// The same without the shared-memory and memory-map methods, which a version 1 file does not have.
const sqlite3_io_methods g_methods1 = [] {
    sqlite3_io_methods methods = g_methods3;
    methods.iVersion = 1;
    methods.xShmMap = nullptr;
    methods.xShmLock = nullptr;
    methods.xShmBarrier = nullptr;
    methods.xShmUnmap = nullptr;
    methods.xFetch = nullptr;
    methods.xUnfetch = nullptr;
    return methods;
}();

int faultyOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags) {
    auto* ours = reinterpret_cast<FaultyFile*>(file);
    ours->real = reinterpret_cast<sqlite3_file*>(ours + 1);
    ours->base.pMethods = nullptr; // SQLite closes only a file whose methods are set
    const int opened = g_real->xOpen(g_real, name, ours->real, flags, outFlags);
    if (opened == SQLITE_OK && ours->real->pMethods)
        ours->base.pMethods = ours->real->pMethods->iVersion >= 3 ? &g_methods3 : &g_methods1;
    return opened;
}

} // namespace

FaultyVfs::FaultyVfs() {
    Q_ASSERT(!g_installed);
    g_installed = true;
    g_real = sqlite3_vfs_find(nullptr);
    // Everything but opening a file is the real layer's own (it finds its state through pAppData, copied
    // too).
    g_faulty = *g_real;
    g_faulty.zName = "lk-faulty";
    g_faulty.pNext = nullptr;
    g_faulty.szOsFile = int(sizeof(FaultyFile)) + g_real->szOsFile;
    g_faulty.xOpen = faultyOpen;
    g_budget = -1;
    g_written = 0;
    g_refusals = 0;
    sqlite3_vfs_register(&g_faulty, 1);
}

FaultyVfs::~FaultyVfs() {
    sqlite3_vfs_register(g_real, 1);
    sqlite3_vfs_unregister(&g_faulty);
    g_budget = -1;
    g_installed = false;
}

void FaultyVfs::failAfter(qint64 bytes, Fault fault) {
    g_fault = fault == Fault::DiskFull ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    g_budget = bytes;
}

void FaultyVfs::heal() {
    g_budget = -1;
}

qint64 FaultyVfs::written() const {
    return g_written.load();
}

int FaultyVfs::refusals() const {
    return g_refusals.load();
}

} // namespace lk::test
