// crashwriter: the child that the crash-safety test and benchmark kill. It opens a Löfteskollen file the way
// the window does and adds and deletes status reports through Document (one undoable step each, with its
// audit rows) until it is killed, and says on stdout what is committed, so the parent knows what must
// survive.
//
// Usage: crashwriter FILE SEED
// Prints "open" once the file is open, then for each step one line per record: "+UUID" once an added step is
// committed; for a deleted step "?UUID" before and "-UUID" once the delete is committed. A step holds one to
// three records, each with a comment that starts "RUN grupp STEP del PART av PARTS: ", so that a check can
// see that no step is in the file in part; the rest of the comment varies from nothing to the longest a
// comment may be, so steps span from one page to many. Once the file holds a few hundred of these records,
// every other step deletes the oldest step instead, so the file stays small over a thousand kills and
// deletes are killed too.
#include "db/sql.h"
#include "document/document.h"
#include "promises/promiseregisters.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextStream>

#include <unistd.h>

using namespace lk;

namespace {

// Writes the whole line with one system call: a pipe takes up to 4 KiB whole, so a kill never leaves half a
// line that would read as a record.
void say(const QByteArray& line) {
    qsizetype done = 0;
    while (done < line.size()) {
        const ssize_t wrote = ::write(STDOUT_FILENO, line.constData() + done, size_t(line.size() - done));
        if (wrote <= 0)
            std::_Exit(3);
        done += wrote;
    }
}

[[noreturn]] void fail(const QString& what) {
    QTextStream(stderr) << "crashwriter: " << what << '\n';
    std::_Exit(2);
}

// Words, not random letters: the personal-data guard reads every comment, and digits could look like a
// personal identity number.
QString commentOf(QRandomGenerator& random, int length) {
    static const QStringList words{QStringLiteral("trygghetsvandring"),
                                   QStringLiteral("genomförd"),
                                   QStringLiteral("i"),
                                   QStringLiteral("centrum"),
                                   QStringLiteral("med"),
                                   QStringLiteral("kommunen"),
                                   QStringLiteral("och"),
                                   QStringLiteral("polisen,"),
                                   QStringLiteral("få"),
                                   QStringLiteral("deltagare,"),
                                   QStringLiteral("god"),
                                   QStringLiteral("stämning."),
                                   QStringLiteral("Åtgärder:"),
                                   QStringLiteral("belysning"),
                                   QStringLiteral("röjning")};
    QString text;
    text.reserve(length + 20);
    while (text.size() < length)
        text += words.at(random.bounded(int(words.size()))) + u' ';
    text.truncate(length);
    return text.trimmed();
}

// The run's name in letters ("kqbfe"), so that comments of different runs tell their steps apart without
// digits.
QString runName(quint32 seed) {
    QString name;
    do {
        name += QChar(u'a' + int(seed % 26));
        seed /= 26;
    } while (seed > 0);
    return name;
}

int lengthOf(QRandomGenerator& random) {
    const int kind = random.bounded(50);
    if (kind == 0)
        return 19900; // about the longest a comment may be (20,000 with the prefix): several overflow pages
    if (kind < 5)
        return random.bounded(2000, 6000);
    return random.bounded(300);
}

// Records of ours the file keeps; beyond them the writer deletes old steps as often as it adds new ones.
constexpr qsizetype keptRecords = 300;

// The steps earlier writers left in the file, oldest first, each as its records' UUIDs.
QList<QStringList> stepsIn(const Document& document) {
    auto rows =
        sql::run(document.database().connection(),
                 QStringLiteral("SELECT uuid, substr(comment, 1, 60) FROM promise_statuses ORDER BY id"));
    if (!rows)
        fail(rows.message());
    static const QRegularExpression stepPattern(QStringLiteral("^([a-z]+ grupp \\d+) del "));
    QList<QStringList> steps;
    QHash<QString, qsizetype> index;
    while (rows->next()) {
        const auto match = stepPattern.match(rows->value(1).toString());
        if (!match.hasMatch())
            continue; // the template's own reports stay
        const auto found = index.constFind(match.captured(1));
        if (found == index.cend()) {
            index.insert(match.captured(1), steps.size());
            steps.append({rows->value(0).toString()});
        } else {
            steps[*found].append(rows->value(0).toString());
        }
    }
    return steps;
}

QByteArray linesOf(char mark, const QStringList& uuids) {
    QByteArray lines;
    for (const QString& uuid : uuids)
        lines += mark + uuid.toLatin1() + '\n';
    return lines;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3)
        fail(QStringLiteral("usage: crashwriter FILE SEED"));
    const quint32 seed = arguments.at(2).toUInt();
    QRandomGenerator random(seed);
    const QString run = runName(seed);

    auto opened = Document::open(arguments.at(1));
    if (!opened)
        fail(opened.message());
    Document& document = **opened;
    auto promises = document.repository().list(PromiseRegisters::promises());
    if (!promises || promises->isEmpty())
        fail(QStringLiteral("the file has no promise to report on"));
    QList<QStringList> steps = stepsIn(document);
    qsizetype records = 0;
    for (const QStringList& step : std::as_const(steps))
        records += step.size();
    say(QByteArrayLiteral("open\n"));

    const QDate start(2021, 1, 1);
    for (int group = 1;; ++group) {
        // Deleting the oldest steps keeps the file at a few hundred of our records however many kills it
        // sees.
        if (records > keptRecords && random.bounded(2) == 0) {
            const QStringList victims = steps.takeFirst();
            ChangeSet changes;
            for (const QString& uuid : victims) {
                auto found = document.repository().find(PromiseRegisters::statuses(), uuid);
                if (!found || !*found)
                    fail(QStringLiteral("record %1 of an earlier step is not in the file").arg(uuid));
                changes.remove(PromiseRegisters::statuses(), **found);
            }
            say(linesOf('?', victims));
            if (auto applied = document.perform(changes, QStringLiteral("crashwriter")); !applied)
                fail(applied.message());
            say(linesOf('-', victims));
            records -= victims.size();
            continue;
        }
        const int parts = 1 + (random.bounded(4) == 0 ? random.bounded(1, 3) : 0);
        ChangeSet changes;
        for (int part = 1; part <= parts; ++part) {
            const QString comment =
                QStringLiteral("%1 grupp %2 del %3 av %4: ").arg(run).arg(group).arg(part).arg(parts) +
                commentOf(random, lengthOf(random));
            Record record;
            record.values = {
                {QStringLiteral("promise_id"), promises->at(random.bounded(int(promises->size()))).id},
                {QStringLiteral("reported_on"), start.addDays(random.bounded(700))},
                {QStringLiteral("status"), QStringLiteral("paborjad")},
                {QStringLiteral("comment"), comment}};
            changes.insert(PromiseRegisters::statuses(), record);
        }
        auto applied = document.perform(changes, QStringLiteral("crashwriter"));
        if (!applied)
            fail(applied.message());
        QStringList inserted;
        for (const RowChange& row : applied->rows)
            inserted << row.after->uuid;
        say(linesOf('+', inserted));
        steps.append(inserted);
        records += inserted.size();
    }
}
