#include "search/fts5index.h"

#include "db/sql.h"
#include "register/registry.h"
#include "search/searchfields.h"
#include "search/searchresult.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace lk {

namespace {

// Gives lupdate and translate() the same context for the helpers below.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::Fts5Index)
};

constexpr int keyBits = 40;

// The words of the index are its own: Unicode letters and digits, in lower case, with å, ä and ö kept as
// letters of their own (remove_diacritics 0), so that "Åby" finds "åby" but not "aby". Prefix indexes of two
// and three letters keep a short prefix quick while the user types.
const QString createIndex = QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(title, body, scope, "
                                           "tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3')");
// bm25 with a word in the title weighing ten times one in the text; the scope column only filters.
const QString rankRule = QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('rank', "
                                        "'bm25(10.0, 1.0, 0.0)')");

// The SQL of what the index holds of one register's row named `row`.
struct RowText {
    QString key;
    QString title;
    QString body;
    QString scope;
    QString hasText;
};

RowText rowText(const SearchFields& fields, const QList<const FieldSpec*>& present, qint64 number,
                const QString& row) {
    RowText text;
    text.key = QStringLiteral("%1 + %2.id").arg(number << keyBits).arg(row);
    QStringList body;
    QStringList any;
    for (const FieldSpec* field : present) {
        const QString column = row + u'.' + field->name;
        any << column;
        if (field == fields.titleField())
            text.title = column;
        else
            body << QStringLiteral("COALESCE(%1, '')").arg(column);
    }
    if (text.title.isEmpty())
        text.title = QStringLiteral("NULL");
    text.body = body.isEmpty() ? QStringLiteral("NULL") : body.join(QStringLiteral(" || char(10) || "));
    text.scope = QStringLiteral("'m' || COALESCE(%1, 0)").arg(fields.municipalityExpression(row));
    text.hasText = any.size() == 1 ? any.first() + QStringLiteral(" IS NOT NULL")
                                   : QStringLiteral("COALESCE(%1) IS NOT NULL").arg(any.join(u','));
    return text;
}

// In a trigger `from` is empty: the row is new or old.
QString insertRow(const RowText& text, const QString& from = {}) {
    return QStringLiteral(
               "INSERT INTO search_index (rowid, title, body, scope) SELECT %1, %2, %3, %4%5 WHERE %6")
        .arg(text.key, text.title, text.body, text.scope, from, text.hasText);
}

Result<QSet<QString>> columnsOf(const QSqlDatabase& db, const QString& table) {
    // PRAGMA takes no bound values; the table names come from the register descriptions.
    auto rows = sql::run(db, QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
    if (!rows)
        return rows.error();
    QSet<QString> columns;
    while (rows->next())
        columns.insert(rows->value(1).toString());
    return columns;
}

Status runAll(const QSqlDatabase& db, const QStringList& statements) {
    for (const QString& statement : statements) {
        if (auto ran = sql::run(db, statement); !ran)
            return ran.error();
    }
    return {};
}

// The searched fields of a register that its table has now (a field a later migration adds joins when that
// migration runs the step again); none for a table a later migration makes.
Result<QList<const FieldSpec*>> presentFields(const QSqlDatabase& db, const SearchFields& fields,
                                              QSet<QString>& columns) {
    auto found = columnsOf(db, fields.spec().table);
    if (!found)
        return found.error();
    columns = *found;
    QList<const FieldSpec*> present;
    for (const FieldSpec* field : fields.textFields()) {
        if (columns.contains(field->name))
            present << field;
    }
    return present;
}

// The name of the trigger that indexes a register's new rows.
QString triggerName(const QString& table) {
    return QStringLiteral("search_") + table + QStringLiteral("_insert");
}

// The triggers and filling of one register, over the fields its table has now.
Status installRegister(const QSqlDatabase& db, const SearchFields& fields, qint64 number) {
    const RegisterSpec& spec = fields.spec();
    QSet<QString> columns;
    auto found = presentFields(db, fields, columns);
    if (!found)
        return found.error();
    const QList<const FieldSpec*>& present = *found;
    QStringList watched;
    for (const QString& column : fields.watchedColumns()) {
        if (columns.contains(column))
            watched << column;
    }
    if (present.isEmpty())
        return {};
    const RowText inserted = rowText(fields, present, number, QStringLiteral("new"));
    const RowText removed = rowText(fields, present, number, QStringLiteral("old"));
    const RowText stored = rowText(fields, present, number, QStringLiteral("t"));
    const QString name = QStringLiteral("search_") + spec.table;
    if (auto numbered =
            sql::run(db, QStringLiteral("INSERT INTO search_registers (number, table_name) VALUES (?, ?)"),
                     {number, spec.table});
        !numbered)
        return numbered.error();
    return runAll(
        db, {QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 BEGIN %3; END")
                 .arg(triggerName(spec.table), spec.table, insertRow(inserted)),
             QStringLiteral("CREATE TRIGGER %1_update AFTER UPDATE OF %2 ON %3 BEGIN "
                            "DELETE FROM search_index WHERE rowid = %4; %5; END")
                 .arg(name, watched.join(QStringLiteral(", ")), spec.table, removed.key, insertRow(inserted)),
             QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON %2 BEGIN "
                            "DELETE FROM search_index WHERE rowid = %3; END")
                 .arg(name, spec.table, removed.key),
             insertRow(stored, QStringLiteral(" FROM %1 t").arg(spec.table))});
}

} // namespace

Result<QString> Fts5Index::pauseInserts(const QSqlDatabase& db, const QString& table) {
    auto made =
        sql::scalar(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"),
                    {triggerName(table)});
    if (!made)
        return made.error();
    if (!made->isValid())
        return QString(); // a register without searched text
    // The name is made from a register's table, never from user text.
    if (auto dropped = sql::run(db, QStringLiteral("DROP TRIGGER \"%1\"").arg(triggerName(table))); !dropped)
        return dropped.error();
    return made->toString();
}

Status Fts5Index::indexAll(const QSqlDatabase& db, const RegisterSpec& spec, const QString& trigger) {
    if (trigger.isEmpty())
        return {};
    auto number = sql::scalar(db, QStringLiteral("SELECT number FROM search_registers WHERE table_name = ?"),
                              {spec.table});
    if (!number)
        return number.error();
    const SearchFields fields(spec);
    QSet<QString> columns;
    auto present = presentFields(db, fields, columns);
    if (!present)
        return present.error();
    // The same text, key and scope as the trigger writes (rowText), for every row at once.
    const RowText stored = rowText(fields, *present, number->toLongLong(), QStringLiteral("t"));
    return runAll(db, {insertRow(stored, QStringLiteral(" FROM %1 t").arg(spec.table)), trigger});
}

namespace {

QString quoted(const QString& word) {
    QString escaped = word;
    escaped.replace(u'"', QStringLiteral("\"\""));
    // One letter alone is taken whole: as a prefix it would match nearly every record.
    return u'"' + escaped + (word.size() > 1 ? QStringLiteral("\"*") : QStringLiteral("\""));
}

} // namespace

Status Fts5Index::install(const QSqlDatabase& db) {
    auto triggers = sql::run(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                                                "name LIKE 'search!_%' ESCAPE '!'"));
    if (!triggers)
        return triggers.error();
    QStringList statements;
    while (triggers->next())
        statements << QStringLiteral("DROP TRIGGER \"%1\"").arg(triggers->value(0).toString());
    statements << QStringLiteral("DROP TABLE IF EXISTS search_index") << createIndex << rankRule
               << QStringLiteral("DELETE FROM search_registers");
    if (auto ran = runAll(db, statements); !ran)
        return ran;
    const auto& registers = Registry::all();
    for (qsizetype i = 0; i < registers.size(); ++i) {
        const SearchFields fields(*registers.at(i));
        if (!fields.searched())
            continue;
        if (auto installed = installRegister(db, fields, i + 1); !installed)
            return Error{Text::tr("the search index of %1 could not be made: %2")
                             .arg(registers.at(i)->table, installed.message())};
    }
    return purge(db);
}

Status Fts5Index::purge(const QSqlDatabase& db) {
    auto ran = sql::run(db, QStringLiteral("INSERT INTO search_index (search_index) VALUES ('optimize')"));
    if (!ran)
        return ran.error();
    return {};
}

QString Fts5Index::matchExpression(const QStringList& words, qint64 municipalityId) {
    if (words.isEmpty())
        return {};
    QStringList phrases;
    for (const QString& word : words)
        phrases << quoted(word);
    QString match = QStringLiteral("{title body} : (%1)").arg(phrases.join(QStringLiteral(" AND ")));
    if (municipalityId > 0)
        match += QStringLiteral(" AND scope : (\"m%1\" OR \"m0\")").arg(municipalityId);
    return match;
}

Result<QHash<QString, Fts5Index::Found>> Fts5Index::find(const QSqlDatabase& db, const QString& match,
                                                         int limit) {
    auto known = SearchIndex::numbers(db);
    if (!known)
        return known.error();
    QHash<qint64, QString> tables;
    for (auto it = known->cbegin(); it != known->cend(); ++it)
        tables.insert(it.value(), it.key());
    // How many match in each register, and where its newest rankedAmong begin: bm25 costs a look at every
    // match it ranks, so a word in most records of a large register is ranked among its newest matches only
    // (ids grow with time), and a search stays quick at any size.
    auto counted = sql::run(db,
                            QStringLiteral("SELECT rowid >> %1, count(*), nth_largest(rowid, ?) FROM "
                                           "search_index WHERE search_index MATCH ? GROUP BY 1")
                                .arg(keyBits),
                            {rankedAmong, match});
    if (!counted)
        return counted.error();
    QHash<QString, Found> found;
    QStringList ranges;
    QVariantList values{match};
    while (counted->next()) {
        const qint64 number = counted->value(0).toLongLong();
        const QString table = tables.value(number);
        if (table.isEmpty())
            continue;
        found[table].count = counted->value(1).toInt();
        ranges << QStringLiteral("rowid BETWEEN ? AND ?");
        values << counted->value(2).toLongLong() << ((number + 1) << keyBits) - 1;
    }
    if (found.isEmpty())
        return found;
    // One ranked pass over them all: the phrase's weight across the index is worked out once, not per
    // register, and SQLite asks for the rank only of the rows within the ranges.
    auto ranked =
        sql::run(db,
                 QStringLiteral("SELECT rowid, rank FROM search_index WHERE search_index MATCH ? AND "
                                "(%1)")
                     .arg(ranges.join(QStringLiteral(" OR "))),
                 values);
    if (!ranked)
        return ranked.error();
    QHash<QString, QList<Hit>> candidates;
    while (ranked->next()) {
        const qint64 key = ranked->value(0).toLongLong();
        Hit hit;
        hit.id = key & ((qint64(1) << keyBits) - 1);
        hit.rank = ranked->value(1).toDouble();
        candidates[tables.value(key >> keyBits)] << hit;
    }
    QStringList marks;
    QVariantList keys;
    QHash<qint64, Hit*> byKey;
    for (auto it = candidates.begin(); it != candidates.end(); ++it) {
        QList<Hit>& hits = it.value();
        const qsizetype kept = std::min<qsizetype>(limit, hits.size());
        std::partial_sort(
            hits.begin(), hits.begin() + kept, hits.end(),
            // Alike texts rank alike: the newest first among them.
            [](const Hit& a, const Hit& b) { return a.rank < b.rank || (a.rank == b.rank && a.id > b.id); });
        hits.resize(kept);
        Found& register_ = found[it.key()];
        register_.best = hits;
        const qint64 base = known->value(it.key()) << keyBits;
        for (Hit& hit : register_.best) {
            marks << QStringLiteral("?");
            keys << base + hit.id;
            byKey.insert(base + hit.id, &hit);
        }
    }
    // Their text, by key alone: no MATCH to work out again.
    if (keys.isEmpty())
        return found;
    auto texts =
        sql::run(db,
                 QStringLiteral("SELECT rowid, scope, title, body FROM search_index WHERE rowid IN (%1)")
                     .arg(marks.join(u',')),
                 keys);
    if (!texts)
        return texts.error();
    while (texts->next()) {
        Hit* hit = byKey.value(texts->value(0).toLongLong());
        if (!hit)
            continue;
        hit->municipalityId = texts->value(1).toString().mid(1).toLongLong();
        hit->title = texts->value(2).toString();
        hit->body = texts->value(3).toString();
    }
    return found;
}

QString Fts5Index::matching(const QString& column, qint64 number, const QString& match,
                            QVariantList& values) {
    const qint64 base = number << keyBits;
    values << base << match << base << base + (qint64(1) << keyBits) - 1;
    return QStringLiteral("%1 IN (SELECT rowid - ? FROM search_index WHERE search_index MATCH ? AND rowid "
                          "BETWEEN ? AND ?)")
        .arg(column);
}

} // namespace lk
