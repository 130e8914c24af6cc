#include "catchqt.h"
#include "cli/terminalprogress.h"
#include "testfile.h"

#include <QProcess>
#include <QStandardPaths>

#include <memory>

using namespace lk;
using namespace lk::test;

namespace {

std::unique_ptr<QProcess> launch(const QString& program, const QStringList& arguments) {
    auto process = std::make_unique<QProcess>();
    process->start(program, arguments);
    REQUIRE(process->waitForFinished(120000));
    REQUIRE(process->exitStatus() == QProcess::NormalExit);
    return process;
}

} // namespace

TEST_CASE("On a terminal, a command's progress is one line rewritten in place and wiped at the end",
          "[cli][progress]") {
    // Fewer than a thousand steps: no group separator, whatever the machine's locale.
    const QString full = QStringLiteral("Reading the records: 100 % (200 of 200)");
    const QString saving = QStringLiteral("Saving the file …");
    QString written;
    {
        QTextStream err(&written);
        TerminalProgress progress(err);
        progress.begin(QStringLiteral("Reading the records"), 200);
        for (int i = 0; i < 200; ++i)
            progress.advance();
        CHECK(progress.line() == full);
        progress.begin(QStringLiteral("Saving the file"), 0, false);
        CHECK(progress.line() == saving);
    }
    CHECK(written.startsWith(QStringLiteral("\rReading the records: 0 % (0 of 200)")));
    CHECK(written.contains(QStringLiteral("\r") + full));
    // The shorter line covers what is left of the longer one, and the end leaves the line empty.
    CHECK(written.contains(QStringLiteral("\r") + saving + QString(full.size() - saving.size(), u' ')));
    CHECK(written.endsWith(QStringLiteral("\r") + QString(saving.size(), u' ') + QStringLiteral("\r")));
    CHECK_FALSE(written.contains(u'\n'));
}

TEST_CASE("A command whose stderr is piped prints no progress", "[cli][progress][process]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    const QString binary = QStringLiteral(LOFTESKOLLEN_BINARY);
    const QString json = file.pathFor(QStringLiteral("all.json"));
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("export"), QStringLiteral("--db"), file.path(), QStringLiteral("--out"),
                      json},
          QStringList{QStringLiteral("export"), QStringLiteral("--db"), file.path(),
                      QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"),
                      file.pathFor(QStringLiteral("all.xlsx"))},
          QStringList{QStringLiteral("backup"), QStringLiteral("--db"), file.path(), QStringLiteral("--out"),
                      file.pathFor(QStringLiteral("copy.sqlite"))},
          QStringList{QStringLiteral("import"), QStringLiteral("--db"), file.path(), json}}) {
        INFO(arguments.join(u' ').toStdString());
        auto process = launch(binary, arguments);
        CHECK(process->exitCode() == 0);
        CHECK_FALSE(process->readAllStandardOutput().isEmpty());
        CHECK(process->readAllStandardError().isEmpty());
    }
}

TEST_CASE("A command run on a terminal shows its progress there", "[cli][progress][process]") {
    // script(1) (util-linux) runs the command on a pseudo-terminal of its own and copies what it shows.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty()) {
        WARN("script(1) is not installed: the terminal's side is not checked.");
        return;
    }
    TestFile file(QStringLiteral("salem-2021-2022"));
    const QString command =
        QStringLiteral("'%1' export --lang en --db '%2' --out '%3'")
            .arg(QStringLiteral(LOFTESKOLLEN_BINARY), file.path(), file.pathFor(QStringLiteral("all.json")));
    auto process = launch(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    const QString shown = QString::fromUtf8(process->readAllStandardOutput());
    INFO(shown.toStdString());
    CHECK(process->exitCode() == 0);
    CHECK(shown.contains(QStringLiteral("\rReading the records: ")));
    CHECK(shown.contains(QStringLiteral("Exported to")));
}
