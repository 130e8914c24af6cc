#include "io/jsonimporter.h"

#include "common/isodate.h"
#include "db/bulkwrite.h"
#include "db/dialect.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "io/exchange.h"
#include "io/jsonscanner.h"
#include "privacy/auditbatch.h"
#include "register/monthset.h"
#include "register/registry.h"
#include "search/searchindex.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <optional>

namespace lk {

namespace {

// Gives lupdate and translate() the same context for the helpers below.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::JsonImporter)
};

// Holds what the import knows of keys by UUID, for the tables it has passed.
class KeyLookup {
public:
    explicit KeyLookup(const Repository& repository)
        : m_repository(repository) {}

    Result<qint64> idOf(const QString& table, const QString& uuid) {
        if (auto known = m_ids.value(table).value(uuid); known > 0)
            return known;
        auto id = sql::scalar(m_repository.database(),
                              QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE uuid = ?"),
                              {uuid});
        if (!id)
            return id.error();
        if (!id->isValid())
            return qint64(0);
        // Found once, kept: 45,000 inspection results point at the same eight checklist points.
        remember(table, uuid, id->toLongLong());
        return id->toLongLong();
    }
    // Only for tables other records point at: the keys of 40,000 traffic controls would be kept for nothing.
    void remember(const QString& table, const QString& uuid, qint64 id) {
        static const QSet<QString> referenced = [] {
            QSet<QString> tables;
            for (const RegisterSpec* spec : Registry::all()) {
                for (const FieldSpec& field : spec->fields) {
                    if (field.type == FieldType::Reference)
                        tables.insert(field.references);
                }
            }
            return tables;
        }();
        if (referenced.contains(table))
            m_ids[table].insert(uuid, id);
    }

private:
    const Repository& m_repository;
    QHash<QString, QHash<QString, qint64>> m_ids;
};

// Turns one JSON value into the field's value; the message says what was expected.
Result<QVariant> fieldValue(const FieldSpec& field, const QJsonValue& json, KeyLookup& keys) {
    if (json.isNull() || json.isUndefined())
        return QVariant();
    switch (field.type) {
    case FieldType::Integer: {
        const double number = json.toVariant().toReal();
        if (!json.isDouble() || std::trunc(number) != number)
            return Error{Text::tr("a whole number was expected.")};
        // Checked before the conversion: a double beyond qint64 (1e300) has no value as one (undefined
        // behaviour, found by tests/fuzz), and every field's range lies well inside it.
        constexpr double beyondQint64 = 9223372036854775808.0; // 2^63
        if (std::fabs(number) >= beyondQint64 || number < double(field.minimum) ||
            number > double(field.maximum))
            return Error{
                Text::tr("a whole number from %1 to %2 was expected.").arg(field.minimum).arg(field.maximum)};
        return QVariant(qint64(number));
    }
    case FieldType::Decimal:
        if (json.isDouble())
            return field.normalized(json.toVariant().toReal());
        // A number written as text ("12,5", from a spreadsheet) is read as the form reads it; text that is
        // not a number stays text, and validation names it.
        if (json.isString())
            return field.normalized(json.toString());
        return Error{Text::tr("a number was expected.")};
    case FieldType::Boolean:
        if (!json.isBool())
            return Error{Text::tr("true or false was expected.")};
        return QVariant(json.toBool());
    case FieldType::Reference: {
        if (!json.isString() || QUuid::fromString(json.toString()).isNull())
            return Error{Text::tr("the UUID of a record in %1 was expected.").arg(field.references)};
        // UUIDs are stored in lower case; a file written by another tool may use upper case.
        auto id = keys.idOf(field.references, json.toString().toLower());
        if (!id)
            return id.error();
        if (*id == 0)
            return Error{Text::tr("no record in %1 has the UUID %2.").arg(field.references, json.toString())};
        return QVariant(*id);
    }
    case FieldType::CodeSet: {
        if (!json.isArray())
            return Error{Text::tr("a list of codes was expected.")};
        QStringList codes;
        for (const QJsonValue& code : json.toArray()) {
            if (!code.isString())
                return Error{Text::tr("a list of codes was expected.")};
            codes << code.toString();
        }
        return field.normalized(codes);
    }
    case FieldType::Months: {
        // [3, 4, 5, 9, 10], as an export writes it; anything else is refused here, not read as best it can.
        const auto isMonth = [](const QJsonValue& month) {
            return month.isDouble() && month.toDouble() >= 1 && month.toDouble() <= 12 &&
                   std::trunc(month.toDouble()) == month.toDouble();
        };
        const QJsonArray months = json.toArray();
        if (!json.isArray() || !std::all_of(months.begin(), months.end(), isMonth))
            return Error{Text::tr("a list of months as numbers from 1 (January) to 12 (December) was "
                                  "expected, such as [3, 4, 5, 9, 10].")};
        QList<int> numbers;
        for (const QJsonValue& month : months)
            numbers << month.toInt();
        return field.normalized(MonthSet(numbers).toText());
    }
    case FieldType::Image: {
        if (!json.isString())
            return Error{Text::tr("a picture as base64 text was expected.")};
        auto decoded = QByteArray::fromBase64Encoding(json.toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || json.toString().size() != json.toString().toLatin1().size())
            return Error{Text::tr("a picture as base64 text was expected.")};
        return field.normalized(*decoded);
    }
    default:
        if (!json.isString())
            return Error{Text::tr("text was expected.")};
        return field.normalized(json.toString());
    }
}

struct Location {
    QString table;
    int index;
    QString uuid;
    QString text() const {
        return uuid.isEmpty() ? Text::tr("%1, record %2").arg(table).arg(index + 1)
                              : Text::tr("%1, record %2 (%3)").arg(table).arg(index + 1).arg(uuid);
    }
};

Error at(const Location& where, const QString& what) {
    return Error{
        Text::tr("The import was stopped and nothing was changed. In %1: %2").arg(where.text(), what)};
}

// The JSON key of each of a register's fields, in its order: made once, not for every record.
const QStringList& jsonKeys(const RegisterSpec& spec) {
    thread_local QHash<const RegisterSpec*, QStringList> made;
    auto found = made.find(&spec);
    if (found == made.end()) {
        QStringList keys;
        for (const FieldSpec& field : spec.fields)
            keys << field.jsonKey();
        found = made.insert(&spec, keys);
    }
    return *found;
}

// Whether `text` is a date and time as Qt reads ISO 8601. The form every export writes
// ("2021-03-15T10:00:00Z") is read here; QDateTime took a twentieth of an import for it. Anything else, or a
// day that does not exist, goes to Qt.
bool isDateTime(const QString& text) {
    const auto number = [&text](qsizetype from, qsizetype length) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    if (text.size() == 20 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' &&
        text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'Z') {
        const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
        if (QDate(number(0, 4), number(5, 2), number(8, 2)).isValid() && hour >= 0 && hour < 24 &&
            minute >= 0 && minute < 60 && second >= 0 && second < 60)
            return true;
    }
    return QDateTime::fromString(text, Qt::ISODate).isValid();
}

Result<Record> readRecord(const RegisterSpec& spec, const QJsonObject& object, const Location& where,
                          KeyLookup& keys) {
    Record record;
    record.uuid = object.value(QStringLiteral("uuid")).toString();
    if (QUuid::fromString(record.uuid).isNull() || record.uuid.size() != 36)
        return at(where,
                  Text::tr("field “uuid” must hold a UUID such as 3f2b8c1e-5d4a-4e0b-9a7c-1d2e3f4a5b6c."));
    record.uuid = record.uuid.toLower();
    const QJsonValue updated = object.value(QStringLiteral("updated_at"));
    if (!updated.isUndefined() && !updated.isNull()) {
        if (!updated.isString() || !isDateTime(updated.toString()))
            return at(where,
                      Text::tr("field “updated_at” must be a date and time such as 2021-03-15T10:00:00Z."));
        record.updatedAt = updated.toString();
    }
    // The keys the record has that the register knows; any other is named below.
    qsizetype known =
        int(object.contains(QStringLiteral("uuid"))) + int(object.contains(QStringLiteral("updated_at")));
    const QStringList& names = jsonKeys(spec);
    for (qsizetype i = 0; i < spec.fields.size(); ++i) {
        const FieldSpec& field = spec.fields.at(i);
        const QString& key = names.at(i);
        const QJsonValue json = object.value(key);
        known += json.isUndefined() ? 0 : 1;
        auto value = fieldValue(field, json, keys);
        if (!value)
            return at(where, Text::tr("field “%1”: %2").arg(key, value.message()));
        // Checked here too, so that the message names the field as the file does (“text”, not “Promise”).
        if (auto valid = field.validate(*value); !valid)
            return at(where, Text::tr("field “%1”: %2").arg(key, valid.message()));
        // As RegisterSpec::normalized has it (a yes/no field left out is no), so that the insert need not
        // normalize the record again.
        if (!value->isValid())
            *value = field.normalized(*value);
        if (value->isValid())
            record.values.insert(field.name, *value);
    }
    if (known == object.size())
        return record;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool ours = it.key() == QStringLiteral("uuid") || it.key() == QStringLiteral("updated_at") ||
                          std::any_of(spec.fields.cbegin(), spec.fields.cend(),
                                      [&it](const FieldSpec& field) { return field.jsonKey() == it.key(); });
        if (!ours)
            return at(where, Text::tr("there is no field “%1” in %2.").arg(it.key(), spec.table));
    }
    return record;
}

// How a record reads in a list of conflicts: its register and display field, and its date. Text about a
// person is never shown.
QString describe(const RegisterSpec& spec, const Record& record) {
    QString text = spec.displayName();
    const FieldSpec* display = spec.findField(spec.displayField);
    if (display && !display->aboutPerson && display->type != FieldType::Reference &&
        record.value(display->name).isValid())
        text += QStringLiteral(": ") + display->displayText(record.value(display->name));
    if (!spec.dateField.isEmpty() && spec.dateField != spec.displayField &&
        record.value(spec.dateField).isValid())
        text += QStringLiteral(" (%1)").arg(isoDate(record.value(spec.dateField).toDate()));
    return text;
}

void conflict(ImportSummary& summary, const RegisterSpec& spec, const Record& record, const QString& reason) {
    summary.conflicts.append({spec.table, record.uuid, describe(spec, record), reason});
}

// Deletes here what the other side deleted, unless this side changed it, or a record it owns, since the
// exchange date.
Status deleteWhatWasDeletedThere(const Repository& repository, const Exchange& exchange,
                                 ImportSummary& summary) {
    const auto& registers = Registry::all();
    for (auto spec = registers.crbegin(); spec != registers.crend(); ++spec) {
        for (const QString& uuid : exchange.deletedThere((*spec)->table)) {
            auto stored = repository.find(**spec, uuid);
            if (!stored)
                return stored.error();
            if (!*stored)
                continue;
            if (exchange.changedHere(**stored)) {
                conflict(summary, **spec, **stored, Text::tr("deleted on the other computer, changed here"));
                continue;
            }
            auto dependents = repository.dependents(**spec, **stored);
            if (!dependents)
                return dependents.error();
            const auto changed =
                std::find_if(dependents->cbegin(), dependents->cend(), [&](const RowChange& row) {
                    return !row.after && exchange.changedHere(*row.before);
                });
            if (changed != dependents->cend()) {
                conflict(summary, **spec, **stored,
                         Text::tr("deleted on the other computer, but %1 belonging to it was changed here")
                             .arg(describe(*changed->spec, *changed->before)));
                continue;
            }
            for (const RowChange& row : *dependents) {
                if (row.after) {
                    if (auto unlinked =
                            repository.update(*row.spec, *row.before, *row.after, Repository::Stamp::Now);
                        !unlinked)
                        return unlinked.error();
                } else if (Status removed = repository.remove(*row.spec, *row.before); !removed) {
                    return removed;
                }
            }
            if (Status removed = repository.remove(**spec, **stored); !removed)
                return removed;
            ++summary.deleted;
            ++summary.deletedFrom[(*spec)->table];
            summary.tables.insert((*spec)->table);
        }
    }
    return {};
}

// Qt's JSON reader drops a byte order mark (U+FEFF) that starts a string as it decodes it, so
// "\xEF\xBB\xBFtext" would be stored as "text" without a word. Written as the escape \ufeff it is kept, and
// the field's check then refuses it with a message; a mark that starts the file only says it is UTF-8.
QByteArray withByteOrderMarksEscaped(const QByteArray& json) {
    static const QByteArray mark("\xEF\xBB\xBF");
    const qsizetype first = json.startsWith(mark) ? mark.size() : 0;
    if (json.indexOf(mark, first) < 0)
        return json;
    return json.left(first) + json.mid(first).replace(mark, QByteArrayLiteral("\\ufeff"));
}

} // namespace

namespace {

// What one import holds while it reads the tables: the file, where it stands, and what it has done.
class Import {
public:
    Import(const Repository& repository, QIODevice& device, JsonImporter::Mode mode, Progress& progress)
        : m_repository(repository)
        , m_device(device)
        , m_scanner(device)
        , m_keys(repository)
        , m_mode(mode)
        , m_progress(progress) {}

    Result<ImportSummary> run();

private:
    Status table(const RegisterSpec& spec, const JsonScanner::Member& member);
    Status record(const RegisterSpec& spec, const QJsonValue& value, Location& where);
    Error broken(const QString& reason, qint64 offset) const {
        return Error{Text::tr("The file is not valid JSON (%1 at %2). Nothing was changed.")
                         .arg(reason, JsonScanner::position(m_device, offset))};
    }

    static Error twice(const Location& where) {
        return at(where, Text::tr("the UUID appears twice in the file."));
    }

    const Repository& m_repository;
    QIODevice& m_device;
    JsonScanner m_scanner;
    KeyLookup m_keys;
    JsonImporter::Mode m_mode;
    Progress& m_progress; // counts the file's bytes, which are known before its records are
    std::optional<Exchange> m_exchange;
    ImportSummary m_summary;
    QSet<QString> m_seen;    // the UUIDs of the table being read
    bool m_wasEmpty = false; // the table had no records before: none of the file's can be there already
};

Result<ImportSummary> Import::run() {
    m_progress.begin(Text::tr("Reading the file"), 0);
    QList<JsonScanner::Member> members;
    if (!m_scanner.scanMembers(members)) {
        if (m_scanner.notAnObject())
            return Error{Text::tr(
                "The file is not a Löfteskollen export: it should hold one object with a list per table. "
                "Nothing was changed.")};
        return broken(m_scanner.errorString(), m_scanner.errorOffset());
    }
    QJsonObject root; // what is not a table: an exchange file's dates and deletions
    QHash<QString, JsonScanner::Member> tables;
    for (const JsonScanner::Member& member : std::as_const(members)) {
        if (member.name == Exchange::key) {
            QJsonParseError error;
            const QJsonArray value =
                QJsonDocument::fromJson('[' + withByteOrderMarksEscaped(m_scanner.valueOf(member)) + ']',
                                        &error)
                    .array();
            if (error.error != QJsonParseError::NoError)
                return broken(error.errorString(), member.start + error.offset - 1);
            root.insert(member.name, value.at(0));
            continue;
        }
        if (!Registry::byTable(member.name))
            return Error{
                Text::tr("The file has a table “%1” that this version does not know (is it from a newer "
                         "version?). Nothing was changed.")
                    .arg(member.name)};
        if (member.first != '[')
            return Error{Text::tr("“%1” should be a list of records. Nothing was changed.").arg(member.name)};
        tables.insert(member.name, member); // named twice, the last one counts, as in Qt's parser
    }
    auto exchangePart = Exchange::read(root);
    if (!exchangePart)
        return exchangePart.error();
    m_exchange = *exchangePart;

    const BulkWrite bulk(m_repository.database());
    Transaction transaction(m_repository.database());
    if (!transaction.begun())
        return transaction.begun().error();
    if (m_exchange)
        m_summary.since = m_exchange->since();
    m_progress.begin(m_mode == JsonImporter::Mode::Preview ? Text::tr("Checking what the import would change")
                                                           : Text::tr("Importing the records"),
                     m_device.size(), true, Progress::Unit::Bytes);
    // The tables in the order their references need, wherever they stand in the file (an export lists them
    // by name).
    for (const RegisterSpec* spec : Registry::all()) {
        if (const auto found = tables.constFind(spec->table); found != tables.cend())
            if (Status read = table(*spec, *found); !read)
                return read.error();
    }
    if (m_exchange)
        if (Status deleted = deleteWhatWasDeletedThere(m_repository, *m_exchange, m_summary); !deleted)
            return deleted.error();
    if (!m_progress.advanceTo(m_device.size())) // the whole file is read, and nothing yet committed
        return Progress::stopped(Text::tr("The import was not made: nothing was changed."));
    if (m_mode == JsonImporter::Mode::Preview)
        return m_summary; // the transaction is rolled back as it goes
    m_progress.begin(Text::tr("Saving the imported records"), 0, false);
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return m_summary;
}

Status Import::table(const RegisterSpec& spec, const JsonScanner::Member& member) {
    auto any = sql::scalar(m_repository.database(),
                           QStringLiteral("SELECT EXISTS (SELECT 1 FROM ") + spec.table + u')');
    if (!any)
        return any.error();
    m_wasEmpty = !any->toBool();
    m_seen.clear();
    // Into an empty table every record is new (see record()): the search index takes them all at once
    // after the last one, in this transaction, which a failure or a stop rolls back with them.
    QString paused;
    if (m_wasEmpty) {
        auto pause = SearchIndex::pauseInserts(m_repository.database(), spec.table);
        if (!pause)
            return pause.error();
        paused = *pause;
    }
    // Every record of an empty table is an insert, and nothing reads the log before the table's end: their
    // audit rows go many to a statement.
    std::optional<AuditBatch> batch;
    if (m_wasEmpty)
        batch.emplace(m_repository.database());
    Status failed;
    int index = 0;
    const bool read = m_scanner.forEachElement(member, [&](const QByteArray& bytes, qint64 at) {
        if (!m_progress.advanceTo(at)) { // the transaction rolls back what was written so far
            failed = Progress::stopped(Text::tr("The import was not made: nothing was changed."));
            return false;
        }
        Location where{spec.table, index++, {}};
        QJsonParseError error;
        const QJsonArray element = QJsonDocument::fromJson(withByteOrderMarksEscaped(bytes), &error).array();
        if (error.error != QJsonParseError::NoError) {
            failed = broken(error.errorString(), at + error.offset - 1);
            return false;
        }
        failed = record(spec, element.at(0), where);
        return failed.ok();
    });
    if (!failed)
        return failed;
    if (!read)
        return broken(m_scanner.errorString(), m_scanner.errorOffset());
    if (batch)
        if (Status flushed = batch->flush(); !flushed)
            return flushed;
    return SearchIndex::indexAll(m_repository.database(), spec, paused);
}

Status Import::record(const RegisterSpec& spec, const QJsonValue& value, Location& where) {
    if (!value.isObject())
        return at(where, Text::tr("a record should be an object with fields."));
    const QJsonObject object = value.toObject();
    where.uuid = object.value(QStringLiteral("uuid")).toString();
    if (m_exchange) {
        // A record that points at one deleted here cannot come in without it.
        if (auto gone = m_exchange->pointsAtLeftOut(spec, object)) {
            m_exchange->leaveOut(where.uuid.toLower());
            Record shown;
            shown.uuid = where.uuid.toLower();
            conflict(m_summary, spec, shown,
                     Text::tr("it belongs to a record that was deleted here (%1)").arg(*gone));
            return {};
        }
    }
    auto record = readRecord(spec, object, where, m_keys);
    if (!record)
        return record.error();
    // Into a table that was empty, a UUID named twice is found by the insert that fails on it (below).
    if (!m_wasEmpty) {
        if (m_seen.contains(record->uuid))
            return twice(where);
        m_seen.insert(record->uuid);
    }

    // Into a table that was empty, every record is new (one named twice is refused above): it is not looked
    // for, which is most of an import into a new file.
    Result<std::optional<Record>> existing =
        m_wasEmpty ? Result<std::optional<Record>>(std::nullopt) : m_repository.find(spec, record->uuid);
    if (!existing)
        return at(where, existing.message());
    if (*existing && spec.onImport) {
        auto allowed = spec.onImport(m_repository, **existing, *record);
        if (!allowed)
            return at(where, allowed.message());
        *record = *allowed;
    }
    if (!*existing) {
        if (m_exchange) {
            auto deleted = m_exchange->deletedHere(m_repository, spec.table, record->uuid);
            if (!deleted)
                return at(where, deleted.message());
            if (*deleted) {
                m_exchange->leaveOut(record->uuid);
                if (m_exchange->changedThere(*record))
                    conflict(m_summary, spec, *record,
                             Text::tr("deleted here, changed on the other computer"));
                else
                    ++m_summary.kept;
                return {};
            }
        }
        // Its fields were checked by readRecord.
        auto added = m_repository.insert(spec, *record, Repository::Stamp::Keep, Repository::Fields::Checked);
        if (!added) {
            // Read from the refusal: on PostgreSQL the failed insert has ended the transaction's reading too.
            if (m_wasEmpty && Dialect::uniqueColumns(added.message()).contains(QStringLiteral("uuid")))
                return twice(where);
            return at(where, added.message());
        }
        m_keys.remember(spec.table, added->uuid, added->id);
        ++m_summary.added;
        ++m_summary.addedTo[spec.table];
        m_summary.tables.insert(spec.table);
        return {};
    }
    m_keys.remember(spec.table, record->uuid, (*existing)->id);
    // A record sent without its manual position stays where it is (Repository::update), so it is compared as
    // if it had said so: importing it twice then changes nothing the second time.
    if (!spec.sortField.isEmpty() && !record->values.contains(spec.sortField))
        record->values.insert(spec.sortField, (*existing)->value(spec.sortField));
    if ((*existing)->values == spec.normalized(*record).values) {
        ++m_summary.unchanged;
    } else if (m_exchange && !m_exchange->changedThere(*record)) {
        ++m_summary.kept; // sent for reference only: the other side did not change it
    } else if (m_exchange && m_exchange->changedHere(**existing)) {
        conflict(m_summary, spec, **existing, Text::tr("changed on both computers"));
    } else {
        auto updated = m_repository.update(spec, **existing, *record, Repository::Stamp::Keep);
        if (!updated)
            return at(where, updated.message());
        ++m_summary.updated;
        ++m_summary.updatedIn[spec.table];
        m_summary.tables.insert(spec.table);
    }
    return {};
}

} // namespace

Result<ImportSummary> JsonImporter::import(const Repository& repository, QIODevice& device, Mode mode,
                                           Progress& progress) {
    return Import(repository, device, mode, progress).run();
}

Result<ImportSummary> JsonImporter::import(const Repository& repository, const QByteArray& json, Mode mode,
                                           Progress& progress) {
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return import(repository, buffer, mode, progress);
}

} // namespace lk
