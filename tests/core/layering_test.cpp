// The layers the folders promise (DESIGN.md), checked on the source tree: the window runs no SQL, the
// database layer knows no register, specs are built by name, and field names are not written out in ui/.
#include "catchqt.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

namespace {

struct Source {
    QString path; // relative to the source tree
    QString text;
};

QList<Source> sourcesUnder(const QString& folder) {
    const QDir root(QStringLiteral(LOFTESKOLLEN_SOURCE_DIR));
    QList<Source> sources;
    QDirIterator it(root.filePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        sources.append({root.relativeFilePath(file.fileName()), QString::fromUtf8(file.readAll())});
    }
    REQUIRE_FALSE(sources.isEmpty());
    return sources;
}

QStringList offenders(const QList<Source>& sources, const QRegularExpression& pattern) {
    QStringList found;
    for (const Source& source : sources) {
        for (auto match = pattern.globalMatch(source.text); match.hasNext();)
            found << source.path + QStringLiteral(": ") + match.next().captured(0);
    }
    return found;
}

} // namespace

TEST_CASE("No file of the window runs SQL: what a widget needs comes from core", "[layering]") {
    const QStringList found =
        offenders(sourcesUnder(QStringLiteral("ui")),
                  QRegularExpression(
                      QStringLiteral(R"(#include\s*["<](db/sql\.h|QSqlQuery|QSqlDatabase|QtSql/\w+)[">])")));
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("The database layer knows no register: core/db includes only itself and common", "[layering]") {
    const QStringList found =
        offenders(sourcesUnder(QStringLiteral("core/db")),
                  QRegularExpression(QStringLiteral(R"(#include\s*"(?!db/|common/)[^"]+")")));
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("Register specs are built by member name, never padded by position", "[layering]") {
    const QStringList found = offenders(sourcesUnder(QStringLiteral("core")),
                                        QRegularExpression(QStringLiteral(R"(\{\},\s*\{\},\s*\{\})")));
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("The window names fields by their constants, not as snake_case strings", "[layering]") {
    // A snake_case string in ui/ is almost always a column written out again; a few codes may stay.
    const QStringList found = offenders(sourcesUnder(QStringLiteral("ui")),
                                        QRegularExpression(QStringLiteral(R"("[a-z][a-z0-9]*_[a-z0-9_]+")")));
    INFO(found.join(u'\n').toStdString());
    CHECK(found.size() <= 5);
}
