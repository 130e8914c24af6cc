#include "catchqt.h"
#include "cli/commandline.h"
#include "clirun.h"
#include "testfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

using lk::test::Run;
using lk::test::run;
using lk::test::scalar;
using lk::test::TestFile;

namespace {

QByteArray contentOf(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void write(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray exportOfFile(const QString& path) {
    auto document = lk::Document::open(path);
    INFO(document.message().toStdString());
    REQUIRE(document.ok());
    return TestFile::exportOf(**document);
}

qint64 auditRows(const QString& path) {
    auto document = lk::Document::open(path);
    REQUIRE(document.ok());
    return scalar(**document, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
}

} // namespace

TEST_CASE("The --version option prints the program's name and version", "[cli]") {
    const QString previous = QCoreApplication::applicationVersion();
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    const Run result = run({QStringLiteral("--version")});
    QCoreApplication::setApplicationVersion(previous);
    CHECK(result.exit == lk::CommandLine::Ok);
    CHECK(result.out.contains(QStringLiteral("9.8.7")));
    CHECK(result.out.contains(QCoreApplication::applicationName()));
    CHECK(result.err.isEmpty());
}

TEST_CASE("The --help option lists every command and the --db option", "[cli]") {
    const Run result = run({QStringLiteral("--help")});
    CHECK(result.exit == lk::CommandLine::Ok);
    CHECK(result.err.isEmpty());
    CHECK(result.out.contains(QStringLiteral("--db")));
    REQUIRE(lk::CommandLine::commands() == QStringList{QStringLiteral("init"), QStringLiteral("export"),
                                                       QStringLiteral("import"), QStringLiteral("check"),
                                                       QStringLiteral("backup"), QStringLiteral("report"),
                                                       QStringLiteral("protocol"), QStringLiteral("search"),
                                                       QStringLiteral("server"), QStringLiteral("demo")});
    for (const QString& command : lk::CommandLine::commands()) {
        INFO(command.toStdString());
        CHECK(result.out.contains(QStringLiteral("  ") + command + QStringLiteral(" ")));
    }
}

TEST_CASE("A command's --help describes its own options", "[cli]") {
    const Run result = run({QStringLiteral("init"), QStringLiteral("--help")});
    CHECK(result.exit == lk::CommandLine::Ok);
    CHECK(result.out.contains(QStringLiteral("--template")));
    CHECK(result.out.contains(QStringLiteral("--db")));
    CHECK_FALSE(result.out.contains(QStringLiteral("--scale")));
}

TEST_CASE("Commands and help need no window, but a plain start does", "[cli]") {
    CHECK(lk::CommandLine::isHeadless({QStringLiteral("lofteskollen"), QStringLiteral("init")}));
    CHECK(lk::CommandLine::isHeadless({QStringLiteral("lofteskollen"), QStringLiteral("--version")}));
    CHECK(lk::CommandLine::isHeadless({QStringLiteral("lofteskollen"), QStringLiteral("--help")}));
    CHECK_FALSE(lk::CommandLine::isHeadless({QStringLiteral("lofteskollen")}));
    CHECK_FALSE(lk::CommandLine::isHeadless(
        {QStringLiteral("lofteskollen"), QStringLiteral("--db"), QStringLiteral("a.sqlite")}));
}

TEST_CASE("init creates a file from the Salem template by default", "[cli]") {
    TestFile salem(QStringLiteral("salem-2021-2022"));
    const QString path = salem.pathFor(QStringLiteral("new.sqlite"));
    REQUIRE_FALSE(QFileInfo::exists(path));

    const Run result = run({QStringLiteral("init"), QStringLiteral("--db"), path});
    INFO(result.err.toStdString());
    CHECK(result.exit == lk::CommandLine::Ok);
    CHECK(result.err.isEmpty());
    CHECK(result.out.contains(QStringLiteral("new.sqlite")));
    REQUIRE(QFileInfo::exists(path));
    CHECK(exportOfFile(path) == exportOfFile(salem.path()));
}

TEST_CASE("init --template empty creates a file without records", "[cli]") {
    TestFile empty;
    const QString path = empty.pathFor(QStringLiteral("new.sqlite"));
    const Run result = run({QStringLiteral("init"), QStringLiteral("--db"), path,
                            QStringLiteral("--template"), QStringLiteral("empty")});
    INFO(result.err.toStdString());
    CHECK(result.exit == lk::CommandLine::Ok);
    REQUIRE(QFileInfo::exists(path));
    CHECK(exportOfFile(path) == exportOfFile(empty.path()));
}

TEST_CASE("init never overwrites an existing file", "[cli][sqlite]") {
    TestFile file;
    const QByteArray before = file.bytes();

    const Run result = run({QStringLiteral("init"), QStringLiteral("--db"), file.path()});
    CHECK(result.exit == lk::CommandLine::Failed);
    CHECK_FALSE(result.err.isEmpty());
    CHECK(result.err.contains(QStringLiteral("test.sqlite")));
    CHECK(result.out.isEmpty());
    CHECK(file.bytes() == before);

    // Nor a file that is not a Löfteskollen file.
    const QString other = file.pathFor(QStringLiteral("notes.txt"));
    write(other, "meeting notes\n");
    const Run second = run({QStringLiteral("init"), QStringLiteral("--db"), other});
    CHECK(second.exit == lk::CommandLine::Failed);
    CHECK(contentOf(other) == QByteArray("meeting notes\n"));
}

TEST_CASE("init with an unknown template is a usage error and creates nothing", "[cli]") {
    TestFile file;
    const QString path = file.pathFor(QStringLiteral("new.sqlite"));
    const Run result = run({QStringLiteral("init"), QStringLiteral("--db"), path,
                            QStringLiteral("--template"), QStringLiteral("botkyrka")});
    CHECK(result.exit == lk::CommandLine::Usage);
    CHECK(result.err.contains(QStringLiteral("botkyrka")));
    CHECK(result.out.isEmpty());
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("export writes the file's content as JSON", "[cli]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    const QString target = file.pathFor(QStringLiteral("export.json"));
    const Run result =
        run({QStringLiteral("export"), QStringLiteral("--db"), file.path(), QStringLiteral("--out"), target});
    INFO(result.err.toStdString());
    CHECK(result.exit == lk::CommandLine::Ok);
    CHECK(result.err.isEmpty());
    REQUIRE(QFileInfo::exists(target));
    CHECK(contentOf(target) == exportOfFile(file.path()));
}

TEST_CASE("export without --out is a usage error", "[cli]") {
    TestFile file;
    const Run result = run({QStringLiteral("export"), QStringLiteral("--db"), file.path()});
    CHECK(result.exit == lk::CommandLine::Usage);
    CHECK(result.err.contains(QStringLiteral("--out")));
}

TEST_CASE("export of a file that does not exist fails and creates nothing", "[cli]") {
    TestFile file;
    const QString missing = file.pathFor(QStringLiteral("missing.sqlite"));
    const QString target = file.pathFor(QStringLiteral("export.json"));
    const Run result =
        run({QStringLiteral("export"), QStringLiteral("--db"), missing, QStringLiteral("--out"), target});
    CHECK(result.exit == lk::CommandLine::Failed);
    CHECK_FALSE(result.err.isEmpty());
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK_FALSE(QFileInfo::exists(target));
}

TEST_CASE("import reads an export into a file and reports what it did", "[cli]") {
    TestFile salem(QStringLiteral("salem-2021-2022"));
    const QString json = salem.pathFor(QStringLiteral("salem.json"));
    write(json, exportOfFile(salem.path()));

    TestFile file;
    const Run result = run({QStringLiteral("import"), QStringLiteral("--db"), file.path(), json});
    INFO(result.err.toStdString());
    CHECK(result.exit == lk::CommandLine::Ok);
    CHECK(result.out.contains(QStringLiteral("15")));
    CHECK(exportOfFile(file.path()) == exportOfFile(salem.path()));
}

TEST_CASE("import of a broken file fails and changes nothing", "[cli]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    const QByteArray before = exportOfFile(file.path());
    const qint64 auditBefore = auditRows(file.path());
    const QString json = file.pathFor(QStringLiteral("broken.json"));
    QByteArray broken = before;
    broken.replace("\"Salems kommun\"", "\"Salems kommun\" \"Botkyrka\"");
    write(json, broken);

    const Run result = run({QStringLiteral("import"), QStringLiteral("--db"), file.path(), json});
    CHECK(result.exit == lk::CommandLine::Failed);
    CHECK_FALSE(result.err.isEmpty());
    CHECK(result.out.isEmpty());
    CHECK(exportOfFile(file.path()) == before);
    CHECK(auditRows(file.path()) == auditBefore);
}

TEST_CASE("import with an invalid record fails with the import's message and changes nothing", "[cli]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    const QByteArray before = exportOfFile(file.path());
    const QString json = file.pathFor(QStringLiteral("bad.json"));
    QByteArray bad = before;
    REQUIRE(bad.contains("\"responsible\": \"polisen\""));
    bad.replace("\"responsible\": \"polisen\"", "\"responsible\": \"kommun\"");
    write(json, bad);

    const Run result = run({QStringLiteral("import"), QStringLiteral("--db"), file.path(), json});
    CHECK(result.exit == lk::CommandLine::Failed);
    CHECK(result.err.contains(QStringLiteral("kommun")));
    CHECK(exportOfFile(file.path()) == before);
}

TEST_CASE("import without a JSON file, or with two, is a usage error", "[cli]") {
    TestFile file;
    const QByteArray before = file.bytes();
    const Run none = run({QStringLiteral("import"), QStringLiteral("--db"), file.path()});
    CHECK(none.exit == lk::CommandLine::Usage);
    CHECK_FALSE(none.err.isEmpty());

    const Run two = run({QStringLiteral("import"), QStringLiteral("--db"), file.path(),
                         QStringLiteral("a.json"), QStringLiteral("b.json")});
    CHECK(two.exit == lk::CommandLine::Usage);
    CHECK(file.bytes() == before);
}

TEST_CASE("import of a JSON file that does not exist fails", "[cli]") {
    TestFile file;
    const Run result = run({QStringLiteral("import"), QStringLiteral("--db"), file.path(),
                            file.pathFor(QStringLiteral("missing.json"))});
    CHECK(result.exit == lk::CommandLine::Failed);
    CHECK(result.err.contains(QStringLiteral("missing.json")));
}

TEST_CASE("A command without --db is a usage error", "[cli]") {
    TestFile file;
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("demo")},
          QStringList{QStringLiteral("export"), QStringLiteral("--out"),
                      file.pathFor(QStringLiteral("x.json"))},
          QStringList{QStringLiteral("import"), file.pathFor(QStringLiteral("x.json"))}}) {
        const Run result = run(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        CHECK(result.exit == lk::CommandLine::Usage);
        CHECK(result.err.contains(QStringLiteral("--db")));
        CHECK(result.out.isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(file.pathFor(QStringLiteral("x.json"))));
}

TEST_CASE("An unknown option is a usage error, with or without a command", "[cli]") {
    TestFile file;
    const Run withCommand =
        run({QStringLiteral("export"), QStringLiteral("--db"), file.path(), QStringLiteral("--colour")});
    CHECK(withCommand.exit == lk::CommandLine::Usage);
    CHECK(withCommand.err.contains(QStringLiteral("colour")));

    const Run alone = run({QStringLiteral("--colour")});
    CHECK(alone.exit == lk::CommandLine::Usage);
    CHECK(alone.err.contains(QStringLiteral("colour")));
    CHECK(alone.out.isEmpty());
}

TEST_CASE("demo creates a file with the demo data", "[cli]") {
    TestFile file;
    const QString path = file.pathFor(QStringLiteral("demo.sqlite"));
    const Run result = run({QStringLiteral("demo"), QStringLiteral("--db"), path});
    INFO(result.err.toStdString());
    CHECK(result.exit == lk::CommandLine::Ok);
    REQUIRE(QFileInfo::exists(path));
    auto document = lk::Document::open(path);
    REQUIRE(document.ok());
    CHECK(scalar(**document, QStringLiteral("SELECT COUNT(*) FROM promise_statuses")).toLongLong() > 0);
    CHECK(scalar(**document, QStringLiteral("SELECT COUNT(*) FROM promises")).toLongLong() == 8);
}

TEST_CASE("init and demo given a server's address as --db say how a server is given, and make nothing",
          "[cli]") {
    const QString server = QStringLiteral("postgresql://samordnaren@db.kommun.local/lofteskollen");
    const Run init = run({QStringLiteral("init"), QStringLiteral("--db"), server});
    CHECK(init.exit == lk::CommandLine::Usage);
    CHECK(init.err.contains(QStringLiteral("lofteskollen server init --server URL")));
    const Run demo = run({QStringLiteral("demo"), QStringLiteral("--db"), server});
    CHECK(demo.exit == lk::CommandLine::Usage);
    CHECK(demo.err.contains(QStringLiteral("--server URL, not with --db")));
}

TEST_CASE("demo refuses an existing file and leaves it as it was", "[cli][sqlite]") {
    TestFile file;
    const QByteArray before = file.bytes();
    const Run result = run({QStringLiteral("demo"), QStringLiteral("--db"), file.path()});
    CHECK(result.exit == lk::CommandLine::Failed);
    CHECK_FALSE(result.err.isEmpty());
    CHECK(result.out.isEmpty());
    CHECK(file.bytes() == before);
    auto document = lk::Document::open(file.path());
    REQUIRE(document.ok());
    CHECK(scalar(**document, QStringLiteral("SELECT COUNT(*) FROM promises")).toLongLong() == 0);
    CHECK(scalar(**document, QStringLiteral("SELECT COUNT(*) FROM promise_statuses")).toLongLong() == 0);
}

TEST_CASE("demo with an unknown scale is a usage error and creates nothing", "[cli]") {
    TestFile file;
    const QString path = file.pathFor(QStringLiteral("demo.sqlite"));
    const Run result = run({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--scale"),
                            QStringLiteral("huge")});
    CHECK(result.exit == lk::CommandLine::Usage);
    CHECK(result.err.contains(QStringLiteral("huge")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("The program's exit codes are 0, 1 and 2, and its errors go to stderr", "[cli][process]") {
    // A file on either run: init, the failure below, makes files only.
    TestFile file(lk::Engine::Sqlite);
    const QByteArray before = file.bytes();
    auto launch = [](const QStringList& arguments) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(LOFTESKOLLEN_BINARY), arguments);
        REQUIRE(process->waitForFinished(60000));
        REQUIRE(process->exitStatus() == QProcess::NormalExit);
        return process;
    };

    auto version = launch({QStringLiteral("--version")});
    CHECK(version->exitCode() == 0);
    CHECK_FALSE(version->readAllStandardOutput().trimmed().isEmpty());
    CHECK(version->readAllStandardError().isEmpty());

    auto existing = launch({QStringLiteral("init"), QStringLiteral("--db"), file.path()});
    CHECK(existing->exitCode() == 1);
    CHECK(existing->readAllStandardOutput().isEmpty());
    CHECK(existing->readAllStandardError().contains("test.sqlite"));
    CHECK(file.bytes() == before);

    auto unknown =
        launch({QStringLiteral("export"), QStringLiteral("--db"), file.path(), QStringLiteral("--colour")});
    CHECK(unknown->exitCode() == 2);
    CHECK(unknown->readAllStandardOutput().isEmpty());
    CHECK(unknown->readAllStandardError().contains("colour"));
}
