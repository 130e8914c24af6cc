// A full disk is called one wherever a file is written (an export, a backup, a new file, a report), the
// target is absent afterwards, and nothing is left under a temporary name. The disk is a real 1 MB tmpfs,
// mounted for the test when it runs as root.
#include "catchqt.h"
#include "common/filewrite.h"
#include "db/newfile.h"
#include "testfile.h"
#include "tinydisk.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStorageInfo>
#include <QTemporaryDir>

using namespace lk;
using namespace lk::test;

namespace {

// A folder on a disk with less than `free` bytes left, or an empty string when no disk could be mounted.
struct FullDisk {
    QTemporaryDir mountPoint;
    TinyDisk disk{mountPoint.path(), 1024 * 1024};

    explicit FullDisk(qint64 free) {
        if (!disk.mounted())
            return;
        QFile ballast(mountPoint.filePath(QStringLiteral("ballast")));
        REQUIRE(ballast.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (QStorageInfo(mountPoint.path()).bytesAvailable() > free)
            REQUIRE(ballast.write(block) == block.size());
    }
    bool ready() const { return disk.mounted(); }
    QString path(const QString& name) const { return mountPoint.filePath(name); }
    // What is on the disk besides the ballast: nothing a failed write left.
    QStringList leftovers() const {
        QStringList names = QDir(mountPoint.path()).entryList(QDir::Files | QDir::Hidden);
        names.removeAll(QStringLiteral("ballast"));
        return names;
    }
};

} // namespace

TEST_CASE("FileWrite writes a file whole, and on a full disk says so and leaves nothing", "[filewrite]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.txt"));
    REQUIRE(FileWrite::whole(path, QByteArrayLiteral("hela texten")).ok());
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll() == QByteArrayLiteral("hela texten"));

    FullDisk full(16 * 1024);
    if (!full.ready()) {
        WARN("No tmpfs could be mounted (not root?): the full disk is not tried here.");
        return;
    }
    const QString target = full.path(QStringLiteral("big.json"));
    auto failed = FileWrite::whole(target, QByteArray(200 * 1024, 'x'));
    REQUIRE_FALSE(failed.ok());
    CHECK_THAT(failed.message().toStdString(), mentions(QStringLiteral("the disk is full")));
    CHECK_THAT(failed.message().toStdString(), mentions(QStringLiteral("big.json")));
    CHECK(full.leftovers().isEmpty());
}

TEST_CASE("export, backup, init and a report onto a full disk say that the disk is full and leave no file",
          "[filewrite][cli]") {
    TestFile source(QStringLiteral("salem-2021-2022"));
    FullDisk full(0);
    if (!full.ready()) {
        WARN("No tmpfs could be mounted (not root?): the full disk is not tried here.");
        return;
    }
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("export"), QStringLiteral("--db"), source.path(),
                      QStringLiteral("--out"), full.path(QStringLiteral("export.json"))},
          QStringList{QStringLiteral("backup"), QStringLiteral("--db"), source.path(),
                      QStringLiteral("--out"), full.path(QStringLiteral("copy.sqlite"))},
          QStringList{QStringLiteral("init"), QStringLiteral("--db"),
                      full.path(QStringLiteral("new.sqlite"))},
          QStringList{QStringLiteral("report"), QStringLiteral("--db"), source.path(),
                      QStringLiteral("--period"), QStringLiteral("2021–2022"), QStringLiteral("--format"),
                      QStringLiteral("pdf"), QStringLiteral("--out"),
                      full.path(QStringLiteral("report.pdf"))}}) {
        INFO(arguments.join(u' ').toStdString());
        // The program itself, as a user runs it (the report needs the window's library).
        QProcess program;
        program.start(QStringLiteral(LOFTESKOLLEN_BINARY),
                      QStringList(arguments) << QStringLiteral("--lang") << QStringLiteral("en"));
        REQUIRE(program.waitForFinished(60000));
        const QString told = QString::fromUtf8(program.readAllStandardError());
        INFO(told.toStdString());
        CHECK(program.exitCode() == 1);
        CHECK_THAT(told.toStdString(), mentions(QStringLiteral("the disk is full")));
        INFO("on the disk: " << full.leftovers().join(QStringLiteral(", ")).toStdString());
        CHECK(full.leftovers().isEmpty());
    }
}
