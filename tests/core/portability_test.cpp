// The program builds on Windows as it is (README, "Building for Windows"): app/, core/ and ui/ reach the
// system only through Qt and the standard library. This fails when a file there includes a header that only
// POSIX systems have, or uses what POSIX alone defines in <signal.h>; the tests, the benchmarks and the fuzz
// targets may (the crash test kills its writer with SIGKILL), since they run on Linux only.
#include "catchqt.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

namespace {

// Headers of POSIX, Linux or BSD that a Windows compiler (MSVC, MinGW) lacks or that mean something else
// there. sys/ is refused whole: MSVC has sys/stat.h and sys/types.h, but with other functions, and Qt covers
// what they are used for (QFileInfo, QFile).
const QRegularExpression posixInclude(
    QStringLiteral(
        R"(^[ \t]*#[ \t]*include[ \t]*[<"])"
        R"(((?:unistd|fcntl|pthread|dlfcn|dirent|termios|pwd|grp|poll|syslog|spawn|semaphore|strings|libgen|glob)"
        R"(|fnmatch|wordexp|netdb|ifaddrs|utime|sysexits|sched|langinfo|nl_types|regex|aio|mqueue|ucontext|execinfo)"
        R"(|err|getopt|endian|features|utmp|paths|ftw|link)\.h)"
        R"(|(?:sys|netinet|arpa|linux|asm|bits|X11|xcb)/[^">]+)[">])"),
    QRegularExpression::MultilineOption);
// What <signal.h> (<csignal>) holds beyond the C standard's raise() and
// SIGINT/SIGTERM/SIGABRT/SIGSEGV/SIGILL/ SIGFPE: signals and calls only POSIX has.
const QRegularExpression posixSignal(QStringLiteral(
    R"(\b(sigaction|sigprocmask|sigemptyset|sigaddset|sigsuspend|sigqueue|pthread_kill|killpg|SIGKILL|SIGHUP)"
    R"(|SIGPIPE|SIGCHLD|SIGALRM|SIGUSR1|SIGUSR2|SIGQUIT|SIGSTOP|SIGCONT)\b)"));

// The text without its comments, so that a comment may say what is not done ("no <unistd.h> here").
QString withoutComments(QString text) {
    static const QRegularExpression block(QStringLiteral(R"(/\*.*?\*/)"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression line(QStringLiteral(R"(//[^\n]*)"));
    return text.remove(block).remove(line);
}

// "path: #include <unistd.h>" for each POSIX-only include or signal in `text`.
QStringList posixUses(const QString& path, const QString& text) {
    const QString code = withoutComments(text);
    QStringList found;
    for (auto match = posixInclude.globalMatch(code); match.hasNext();)
        found << path + QStringLiteral(": ") + match.next().captured(0).trimmed();
    for (auto match = posixSignal.globalMatch(code); match.hasNext();)
        found << path + QStringLiteral(": ") + match.next().captured(0);
    return found;
}

} // namespace

TEST_CASE("The check for POSIX-only code finds what Windows lacks and passes what it has", "[portability]") {
    for (const char* bad : {"#include <unistd.h>\n", "#  include <sys/stat.h>\n", "#include \"pthread.h\"\n",
                            "#include <dlfcn.h>\n", "#include <fcntl.h>\n", "#include <netinet/in.h>\n",
                            "#include <csignal>\nkill(pid, SIGKILL);\n", "struct sigaction action;\n"}) {
        INFO(bad);
        CHECK(posixUses(QStringLiteral("x.cpp"), QString::fromUtf8(bad)).size() == 1);
    }
    for (const char* good :
         {"#include <QFile>\n", "#include <cstdio>\n", "#include \"db/sql.h\"\n",
          "#include \"common/filewrite.h\"\n", "#include <csignal>\nstd::raise(SIGTERM);\n",
          "// no <unistd.h>: QFile::flush\n#include <QSaveFile>\n", "/* #include <unistd.h> */\n",
          "#include \"io/sheetwriter.h\"\n"}) {
        INFO(good);
        CHECK(posixUses(QStringLiteral("x.cpp"), QString::fromUtf8(good)).isEmpty());
    }
}

TEST_CASE("app, core and ui include no POSIX-only header, so that they build on Windows", "[portability]") {
    const QDir root(QStringLiteral(LOFTESKOLLEN_SOURCE_DIR));
    QStringList found;
    int files = 0;
    for (const QString& folder : {QStringLiteral("app"), QStringLiteral("core"), QStringLiteral("ui")}) {
        QDirIterator it(root.filePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            REQUIRE(file.open(QIODevice::ReadOnly));
            found << posixUses(root.relativeFilePath(file.fileName()), QString::fromUtf8(file.readAll()));
            ++files;
        }
    }
    CHECK(files > 300);
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}
