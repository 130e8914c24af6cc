#include "cli/searchcommand.h"

#include "cli/commandline.h"
#include "cli/recordchoice.h"
#include "common/isodate.h"
#include "db/database.h"
#include "search/search.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::SearchCommand)
};

// One line of the output: tabs part the columns, so a tab or line break in a title would part more.
QString cell(const QString& text) {
    return QString(text).replace(u'\t', u' ').replace(u'\n', u' ');
}

} // namespace

int SearchCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) {
    const QString text = parser.positionalArguments().mid(1).join(u' ');
    if (Search::words(text).isEmpty()) {
        err << Text::tr("Say what to search for: lofteskollen search --db FILE WORDS") << '\n'
            << '\n'
            << parser.helpText();
        return CommandLine::Usage;
    }
    bool isNumber = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&isNumber);
    if (!isNumber || limit < 1) {
        err << Text::tr("--limit takes a whole number of 1 or more, not “%1”.")
                   .arg(parser.value(QStringLiteral("limit")))
            << '\n';
        return CommandLine::Usage;
    }
    auto database = Database::openForReading(CommandLine::location(parser));
    if (!database) {
        err << database.message() << '\n';
        return CommandLine::Failed;
    }
    const Repository repository((*database)->connection());
    qint64 municipalityId = 0;
    if (const QString name = parser.value(QStringLiteral("municipality")); !name.trimmed().isEmpty()) {
        // A name that fits none or several is never guessed at: the choices are listed.
        auto municipality = RecordChoice::municipality(repository, name);
        if (!municipality) {
            err << municipality.message() << '\n';
            return CommandLine::Failed;
        }
        if (!municipality->isOne()) {
            err << municipality->message << '\n';
            return CommandLine::Usage;
        }
        municipalityId = municipality->record.id;
    }
    auto found = Search::run(repository, text, municipalityId, limit);
    if (!found) {
        err << found.message() << '\n';
        return CommandLine::Failed;
    }
    for (const SearchGroup& group : found->groups) {
        for (const SearchHit& hit : group.hits)
            out << cell(group.spec->displayName()) << '\t' << isoDate(hit.date) << '\t' << cell(hit.title)
                << '\t' << hit.uuid << '\n';
    }
    out.flush();
    // What was left out, and nothing at all, are said beside the hits, so that the lines stay hits only.
    for (const SearchGroup& group : found->groups) {
        if (group.count > group.hits.size())
            err << Text::tr("%1: %2 shown of %3; --limit N shows more.")
                       .arg(group.spec->displayName())
                       .arg(group.hits.size())
                       .arg(group.count)
                << '\n';
    }
    if (found->groups.isEmpty())
        err << Text::tr("Nothing matched “%1”.").arg(text) << '\n';
    err.flush();
    return CommandLine::Ok;
}

} // namespace lk
