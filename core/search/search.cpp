#include "search/search.h"

#include "db/sql.h"
#include "promises/promiseregisters.h"
#include "register/registry.h"
#include "search/searchfields.h"
#include "search/searchindex.h"
#include "search/snippet.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace lk {

namespace {

constexpr int titleLength = 80;

// The first line of a text, cut at a word near `length` characters.
QString firstLine(const QString& text, int length = titleLength) {
    QString line = text.section(u'\n', 0, 0).simplified();
    if (line.size() <= length)
        return line;
    line.truncate(length);
    const qsizetype space = line.lastIndexOf(u' ');
    if (space > length / 2)
        line.truncate(space);
    return line + u'…';
}

Result<QHash<qint64, QString>> municipalityNames(const QSqlDatabase& db) {
    auto rows = sql::run(db, QStringLiteral("SELECT id, %1 FROM %2")
                                 .arg(municipalities::name.toString(), municipalities::table.toString()));
    if (!rows)
        return rows.error();
    QHash<qint64, QString> names;
    while (rows->next())
        names.insert(rows->value(0).toLongLong(), rows->value(1).toString());
    return names;
}

// Reads what the hits of one register show of their records (UUID, title, date), in one query.
Status readDetails(const QSqlDatabase& db, const RegisterSpec& spec, QList<SearchHit>& hits) {
    if (hits.isEmpty())
        return {};
    const SearchFields fields(spec);
    const QList<const FieldSpec*> texts = fields.textFields();
    QStringList columns{QStringLiteral("t.id"), QStringLiteral("t.uuid"),
                        fields.dateExpression(QStringLiteral("t"))};
    for (const FieldSpec* field : texts)
        columns << QStringLiteral("t.") + field->name;
    const FieldSpec* display = spec.findField(spec.displayField);
    columns << (display ? QStringLiteral("t.") + display->name : QStringLiteral("NULL"));
    QStringList marks;
    QVariantList ids;
    for (const SearchHit& hit : hits) {
        marks << QStringLiteral("?");
        ids << hit.id;
    }
    auto rows = sql::run(db,
                         QStringLiteral("SELECT %1 FROM %2 t WHERE t.id IN (%3)")
                             .arg(columns.join(QStringLiteral(", ")), spec.table, marks.join(u',')),
                         ids);
    if (!rows)
        return rows.error();
    QHash<qint64, int> at;
    for (int i = 0; i < hits.size(); ++i)
        at.insert(hits.at(i).id, i);
    while (rows->next()) {
        SearchHit& hit = hits[at.value(rows->value(0).toLongLong())];
        hit.uuid = rows->value(1).toString();
        hit.date = QDate::fromString(rows->value(2).toString(), Qt::ISODate);
        // Its name or title; else the start of its longer text (a meeting's agenda says more than its
        // place), else of any; else what other records show of it.
        for (const bool longFirst : {true, false}) {
            for (int i = 0; i < texts.size() && hit.title.isEmpty(); ++i) {
                if (texts.at(i) == fields.titleField() || !longFirst ||
                    texts.at(i)->type == FieldType::LongText)
                    hit.title = firstLine(rows->value(3 + i).toString());
            }
        }
        if (hit.title.isEmpty() && display)
            hit.title = display->displayText(display->normalized(rows->value(3 + int(texts.size()))));
    }
    return {};
}

} // namespace

QStringList Search::words(const QString& text) {
    QStringList words;
    for (const QString& word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            words << word;
    }
    return words;
}

Result<SearchResult> Search::run(const Repository& repository, const QString& text, qint64 municipalityId,
                                 int perRegister) {
    SearchResult result;
    result.words = words(text);
    if (result.words.isEmpty())
        return result;
    const QSqlDatabase db = repository.database();
    auto found = SearchIndex::find(db, result.words, municipalityId, perRegister);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return result;
    auto names = municipalityNames(db);
    if (!names)
        return names.error();
    const QStringList tokens = Snippet::tokens(result.words);
    QHash<const RegisterSpec*, double> best;
    for (const RegisterSpec* spec : Registry::all()) {
        const auto matched = found->constFind(spec->table);
        if (matched == found->cend())
            continue;
        SearchGroup group{spec, matched->count, {}};
        for (const SearchIndex::Hit& raw : matched->best) {
            SearchHit hit;
            hit.spec = spec;
            hit.id = raw.id;
            // The text around the words, else its start: what the title does not say already.
            hit.snippet = Snippet::around(raw.body, tokens);
            if (hit.snippet.isEmpty())
                hit.snippet = Snippet::start(raw.body);
            hit.municipalityId = raw.municipalityId;
            hit.municipality = names->value(raw.municipalityId);
            group.hits << hit;
        }
        if (auto read = readDetails(db, *spec, group.hits); !read)
            return read.error();
        for (SearchHit& hit : group.hits)
            hit.markedTitle = Snippet::around(hit.title, tokens, titleLength);
        best.insert(spec, matched->best.isEmpty() ? 0.0 : matched->best.first().rank);
        result.groups << group;
    }
    // The register with the best hit first; stable, so that equals keep the registry's order.
    std::stable_sort(result.groups.begin(), result.groups.end(),
                     [&best](const SearchGroup& a, const SearchGroup& b) {
                         return best.value(a.spec) < best.value(b.spec);
                     });
    return result;
}

Result<QSet<QString>> Search::matchingUuids(const Repository& repository, const RegisterSpec& spec,
                                            const QString& text) {
    QVariantList values;
    auto condition =
        SearchIndex::condition(repository.database(), spec, words(text), QStringLiteral("t"), values);
    if (!condition)
        return condition.error();
    QSet<QString> uuids;
    if (condition->isEmpty())
        return uuids;
    auto rows =
        sql::run(repository.database(),
                 QStringLiteral("SELECT t.uuid FROM %1 t WHERE %2").arg(spec.table, *condition), values);
    if (!rows)
        return rows.error();
    while (rows->next())
        uuids.insert(rows->value(0).toString());
    return uuids;
}

QString Search::plain(const QString& snippet) {
    QString text = snippet;
    text.remove(SearchHit::matchStart).remove(SearchHit::matchEnd);
    return text.simplified();
}

Result<qint64> Search::periodFor(const Repository& repository, const SearchHit& hit, qint64 current) {
    if (hit.spec && hit.spec->table == periods::table)
        return hit.id;
    if (hit.municipalityId <= 0)
        return current;
    if (hit.date.isValid()) {
        auto period = PromiseRegisters::periodAt(repository, hit.municipalityId, hit.date);
        if (!period)
            return period.error();
        if (*period)
            return (*period)->id;
    }
    if (current > 0 && PromiseRegisters::municipalityOf(repository, current) == hit.municipalityId)
        return current;
    auto periods = repository.list(PromiseRegisters::periods(), common::municipalityId, hit.municipalityId);
    if (!periods)
        return periods.error();
    return periods->isEmpty() ? qint64(0) : periods->last().id;
}

} // namespace lk
