#include "search/pgtextindex.h"

#include "db/sql.h"
#include "register/registry.h"
#include "search/searchfields.h"
#include "search/snippet.h"

#include <QCoreApplication>
#include <QSet>

namespace lk {

namespace {

// Gives lupdate and translate() the same context for the helpers below.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::PgTextIndex)
};

// The words of a text as the index reads them: its runs of letters and digits, as FTS5's unicode61 and
// Snippet read them (PostgreSQL's own parser would read "OG-2021-007" as the word og and the numbers -2021
// and -007), stemmed by the Swedish configuration, which keeps å, ä and ö letters of their own.
QString vector(const QString& column) {
    return QStringLiteral("to_tsvector('swedish'::regconfig, regexp_replace(COALESCE(%1, ''), "
                          "'[^[:alnum:]]+', ' ', 'g'))")
        .arg(column);
}

// A word in the title weighs A, one in the rest D: ts_rank's weights below make the title ten times the text.
const QString createIndex =
    QStringLiteral("CREATE TABLE search_index (register BIGINT NOT NULL, id BIGINT NOT NULL, "
                   "municipality_id BIGINT NOT NULL, title TEXT, body TEXT, document tsvector GENERATED "
                   "ALWAYS AS (setweight(%1, 'A') || setweight(%2, 'D')) STORED, PRIMARY KEY (register, id))")
        .arg(vector(QStringLiteral("title")), vector(QStringLiteral("body")));
const QString createGin =
    QStringLiteral("CREATE INDEX search_index_document ON search_index USING GIN (document)");

// The SQL of what the index holds of one register's row named `row`: the values of an INSERT … SELECT, and
// the condition that it has any text at all.
struct RowText {
    QString values;
    QString hasText;
};

RowText rowText(const SearchFields& fields, const QList<const FieldSpec*>& present, qint64 number,
                const QString& row) {
    QString title = QStringLiteral("NULL");
    QStringList body;
    QStringList any;
    for (const FieldSpec* field : present) {
        const QString column = row + u'.' + field->name;
        any << column;
        if (field == fields.titleField())
            title = column;
        else
            body << QStringLiteral("COALESCE(%1, '')").arg(column);
    }
    RowText text;
    text.values = QStringLiteral("%1, %2.id, COALESCE(%3, 0), %4, %5")
                      .arg(number)
                      .arg(row, fields.municipalityExpression(row), title,
                           body.isEmpty() ? QStringLiteral("NULL")
                                          : QStringLiteral("concat_ws(chr(10), %1)").arg(body.join(u',')));
    text.hasText = QStringLiteral("COALESCE(%1) IS NOT NULL").arg(any.join(u','));
    return text;
}

const QString insertInto =
    QStringLiteral("INSERT INTO search_index (register, id, municipality_id, title, body)");

Status runAll(const QSqlDatabase& db, const QStringList& statements) {
    for (const QString& statement : statements) {
        if (auto ran = sql::run(db, statement); !ran)
            return ran.error();
    }
    return {};
}

Result<QSet<QString>> columnsOf(const QSqlDatabase& db, const QString& table) {
    auto rows = sql::run(db,
                         QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                        "table_schema = current_schema() AND table_name = ?"),
                         {table});
    if (!rows)
        return rows.error();
    QSet<QString> columns;
    while (rows->next())
        columns.insert(rows->value(0).toString());
    return columns;
}

// The trigger function and trigger of one register, and its records. The function runs as the schema's
// owner (SECURITY DEFINER, with its own search path), so that whoever writes a record keeps its index
// without a privilege on the index itself.
Status installRegister(const QSqlDatabase& db, const SearchFields& fields, qint64 number,
                       const QString& schema) {
    const RegisterSpec& spec = fields.spec();
    auto columns = columnsOf(db, spec.table);
    if (!columns)
        return columns.error();
    QList<const FieldSpec*> present;
    for (const FieldSpec* field : fields.textFields()) {
        if (columns->contains(field->name))
            present << field;
    }
    QStringList watched;
    for (const QString& column : fields.watchedColumns()) {
        if (columns->contains(column))
            watched << column;
    }
    if (present.isEmpty())
        return {};
    if (auto numbered =
            sql::run(db, QStringLiteral("INSERT INTO search_registers (number, table_name) VALUES (?, ?)"),
                     {number, spec.table});
        !numbered)
        return numbered.error();
    const RowText inserted = rowText(fields, present, number, QStringLiteral("new"));
    const RowText stored = rowText(fields, present, number, QStringLiteral("t"));
    const QString name = QStringLiteral("search_") + spec.table;
    return runAll(
        db, {QStringLiteral(
                 "CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET "
                 "search_path = \"%2\", pg_temp AS $search$ BEGIN "
                 "IF TG_OP <> 'INSERT' THEN DELETE FROM search_index WHERE register = %3 AND id = old.id; "
                 "END IF; "
                 "IF TG_OP <> 'DELETE' THEN %4 SELECT %5 WHERE %6; END IF; "
                 "RETURN NULL; END $search$")
                 .arg(name, schema)
                 .arg(number)
                 .arg(insertInto, inserted.values, inserted.hasText),
             QStringLiteral("CREATE TRIGGER %1 AFTER INSERT OR DELETE OR UPDATE OF %2 ON %3 FOR EACH ROW "
                            "EXECUTE FUNCTION %1()")
                 .arg(name, watched.join(QStringLiteral(", ")), spec.table),
             QStringLiteral("%1 SELECT %2 FROM %3 t WHERE %4")
                 .arg(insertInto, stored.values, spec.table, stored.hasText)});
}

} // namespace

Status PgTextIndex::install(const QSqlDatabase& db) {
    auto schema = sql::scalar(db, QStringLiteral("SELECT current_schema()"));
    if (!schema)
        return schema.error();
    // The functions of an earlier install, with their triggers.
    auto functions = sql::run(db, QStringLiteral("SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON "
                                                 "n.oid = p.pronamespace WHERE n.nspname = current_schema() "
                                                 "AND p.proname LIKE 'search!_%' ESCAPE '!'"));
    if (!functions)
        return functions.error();
    QStringList statements;
    while (functions->next())
        statements << QStringLiteral("DROP FUNCTION \"%1\"() CASCADE").arg(functions->value(0).toString());
    statements << QStringLiteral("DROP TABLE IF EXISTS search_index") << createIndex << createGin
               << QStringLiteral("DELETE FROM search_registers");
    if (auto ran = runAll(db, statements); !ran)
        return ran;
    const auto& registers = Registry::all();
    for (qsizetype i = 0; i < registers.size(); ++i) {
        const SearchFields fields(*registers.at(i));
        if (!fields.searched())
            continue;
        if (auto installed = installRegister(db, fields, i + 1, schema->toString()); !installed)
            return Error{Text::tr("the search index of %1 could not be made: %2")
                             .arg(registers.at(i)->table, installed.message())};
    }
    return {};
}

QString PgTextIndex::query(const QStringList& words) {
    QStringList terms;
    // Letters and digits only: nothing in them is tsquery syntax.
    for (const QString& token : Snippet::tokens(words))
        terms << u'\'' + token + (token.size() > 1 ? QStringLiteral("':*") : QStringLiteral("'"));
    return terms.join(QStringLiteral(" & "));
}

Result<QHash<QString, SearchIndex::Found>> PgTextIndex::find(const QSqlDatabase& db, const QStringList& words,
                                                             qint64 municipalityId, int limit) {
    QHash<QString, SearchIndex::Found> found;
    const QString terms = query(words);
    if (terms.isEmpty())
        return found;
    auto known = SearchIndex::numbers(db);
    if (!known)
        return known.error();
    QHash<qint64, QString> tables;
    for (auto it = known->cbegin(); it != known->cend(); ++it)
        tables.insert(it.value(), it.key());
    QVariantList values{terms};
    QString scope;
    if (municipalityId > 0) {
        scope = QStringLiteral(" AND s.municipality_id IN (?, 0)");
        values << municipalityId;
    }
    values << SearchIndex::rankedAmong << limit;
    // One pass: each register's matches counted, its newest rankedAmong ranked (ts_rank reads every
    // vector it ranks; ids grow with time), its best `limit` kept. Normalisation 1 divides by the log of
    // the text's length: a short text before a long one.
    auto rows = sql::run(
        db,
        QStringLiteral(
            "SELECT register, id, matches, municipality_id, title, body, rank FROM (SELECT *, row_number() "
            "OVER (PARTITION BY register ORDER BY rank, id DESC) AS place FROM (SELECT register, id, "
            "matches, municipality_id, title, body, -ts_rank('{0.1, 0.1, 0.1, 1.0}', document, query, 1) "
            "AS rank FROM (SELECT s.*, words.query, count(*) OVER (PARTITION BY s.register) AS matches, "
            "row_number() OVER (PARTITION BY s.register ORDER BY s.id DESC) AS newest FROM search_index s "
            "CROSS JOIN to_tsquery('swedish', ?) AS words(query) WHERE s.document @@ words.query%1) "
            "matched WHERE newest <= ?) ranked) placed WHERE place <= ? ORDER BY register, place")
            .arg(scope),
        values);
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const QString table = tables.value(rows->value(0).toLongLong());
        if (table.isEmpty())
            continue;
        SearchIndex::Found& register_ = found[table];
        register_.count = rows->value(2).toInt();
        SearchIndex::Hit hit;
        hit.id = rows->value(1).toLongLong();
        hit.municipalityId = rows->value(3).toLongLong();
        hit.title = rows->value(4).toString();
        hit.body = rows->value(5).toString();
        hit.rank = rows->value(6).toDouble();
        register_.best << hit;
    }
    return found;
}

QString PgTextIndex::matching(const QString& column, qint64 number, const QStringList& words,
                              QVariantList& values) {
    values << number << query(words);
    return QStringLiteral("%1 IN (SELECT id FROM search_index WHERE register = ? AND document @@ "
                          "to_tsquery('swedish', ?))")
        .arg(column);
}

} // namespace lk
