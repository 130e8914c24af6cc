#include "privacy/audittext.h"

#include "db/sql.h"
#include "register/registry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::AuditText)
};

const QString settingsTable = QStringLiteral("settings");
constexpr int summaryValueLength = 40;
constexpr int nameLength = 60;

QJsonObject objectOf(const QString& json) {
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

// Settings are no register: they are shown by what they set. Settings added later show by their name.
QString settingLabel(const QString& name) {
    if (name == QStringLiteral("og_retention_months"))
        return Text::tr("Months before a closed case is thinned");
    if (name == QStringLiteral("tobacco_inspection_months"))
        return Text::tr("Months between tobacco inspections");
    return name;
}

// One line, cut with an ellipsis: a summary names what changed, the detail shows it whole.
QString shortened(const QString& text, int length) {
    const QString line = text.simplified();
    return line.size() > length ? line.left(length - 1) + u'…' : line;
}

QString orDash(const QString& text) {
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

AuditText::AuditText(QSqlDatabase db)
    : m_db(std::move(db)) {}

QString AuditText::columnTitle(int column) {
    switch (column) {
    case Time:
        return Text::tr("Changed at");
    case User:
        return Text::tr("User");
    case Action:
        return Text::tr("Event");
    case Register:
        return Text::tr("Register");
    case Record:
        return Text::tr("Record");
    case Changes:
        return Text::tr("Changes");
    default:
        return {};
    }
}

QString AuditText::actionName(const QString& action) {
    if (action == QStringLiteral("insert"))
        return Text::tr("Added");
    if (action == QStringLiteral("update"))
        return Text::tr("Changed");
    if (action == QStringLiteral("delete"))
        return Text::tr("Deleted");
    return action;
}

QString AuditText::registerName(const QString& table) {
    if (table == settingsTable)
        return Text::tr("Setting");
    const RegisterSpec* spec = Registry::byTable(table);
    return spec ? spec->displayName() : table;
}

QString AuditText::localTime(const QString& changedAt) {
    const QDateTime when = QDateTime::fromString(changedAt, Qt::ISODateWithMs);
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : changedAt;
}

AuditText::Values AuditText::valuesOf(const AuditEntry& entry) {
    return {objectOf(entry.oldJson), objectOf(entry.newJson)};
}

QStringList AuditText::row(const AuditEntry& entry) const {
    const Values values = valuesOf(entry);
    return {localTime(entry.changedAt), entry.user,
            actionName(entry.action),   registerName(entry.table),
            recordName(entry, values),  summary(entry, values)};
}

QString AuditText::recordName(const AuditEntry& entry) const {
    return recordName(entry, valuesOf(entry));
}

QList<AuditText::FieldChange> AuditText::fields(const AuditEntry& entry) const {
    return fields(entry, valuesOf(entry));
}

QString AuditText::summary(const AuditEntry& entry) const {
    return summary(entry, valuesOf(entry));
}

QString AuditText::recordName(const AuditEntry& entry, const Values& values) const {
    if (entry.table == settingsTable)
        return settingLabel(entry.key);
    const RegisterSpec* spec = Registry::byTable(entry.table);
    const FieldSpec* field = spec ? spec->findField(spec->displayField) : nullptr;
    if (!field)
        return entry.key;
    // The name after the change, or before it for a deletion; a name thinned away leaves the key.
    for (const QJsonObject* object : {&values.after, &values.before}) {
        const QString name = valueText(field, object->value(field->name).toVariant());
        if (!name.isEmpty())
            return shortened(name, nameLength);
    }
    return entry.key;
}

QList<AuditText::FieldChange> AuditText::fields(const AuditEntry& entry, const Values& values) const {
    const QJsonObject& before = values.before;
    const QJsonObject& after = values.after;
    QList<FieldChange> changes;
    auto add = [&](const QString& key, const QString& label, const FieldSpec* field) {
        FieldChange change{label, valueText(field, before.value(key).toVariant()),
                           valueText(field, after.value(key).toVariant())};
        change.changed = change.before != change.after;
        changes << change;
    };
    const RegisterSpec* spec = Registry::byTable(entry.table);
    QStringList known;
    if (spec) {
        for (const FieldSpec& field : spec->fields) {
            if (before.contains(field.name) || after.contains(field.name))
                add(field.name, field.displayLabel(), &field);
            known << field.name;
        }
    }
    QStringList rest = before.keys() + after.keys();
    rest.removeDuplicates();
    rest.sort();
    for (const QString& key : std::as_const(rest)) {
        if (!known.contains(key))
            add(key, entry.table == settingsTable ? settingLabel(key) : key, nullptr);
    }
    return changes;
}

QString AuditText::summary(const AuditEntry& entry, const Values& values) const {
    QStringList parts;
    for (const FieldChange& change : fields(entry, values)) {
        if (!change.changed)
            continue;
        const QString before = shortened(change.before, summaryValueLength);
        const QString after = shortened(change.after, summaryValueLength);
        if (entry.action == QStringLiteral("insert"))
            parts << Text::tr("%1: %2").arg(change.label, after);
        else if (entry.action == QStringLiteral("delete"))
            parts << Text::tr("%1: %2").arg(change.label, before);
        else
            parts << Text::tr("%1: %2 → %3").arg(change.label, orDash(before), orDash(after));
    }
    return parts.join(QStringLiteral("; "));
}

QString AuditText::valueText(const FieldSpec* field, const QVariant& value) const {
    // A value the log does not hold (a field of a record not yet made, or thinned away) reads as empty, also
    // for a yes/no field, which would otherwise read as "No".
    if (!value.isValid() || value.isNull())
        return {};
    if (!field)
        return value.toString();
    if (field->type == FieldType::Reference)
        return referenceName(*field, value.toLongLong());
    return field->displayText(value);
}

QString AuditText::referenceName(const FieldSpec& field, qint64 id) const {
    const QString cacheKey = field.references + u':' + QString::number(id);
    if (auto cached = m_names.constFind(cacheKey); cached != m_names.cend())
        return *cached;
    const RegisterSpec* target = Registry::named(field.references);
    const FieldSpec* display = target ? target->findField(target->displayField) : nullptr;
    QString name = Text::tr("no. %1").arg(id);
    // A name that may describe a person is not brought in from the record: the log shows what it holds.
    if (display && !display->aboutPerson) {
        // Table and column come from the register's description, never from the log's text.
        auto found = sql::run(m_db,
                              QStringLiteral("SELECT ") + display->name + QStringLiteral(" FROM ") +
                                  target->table + QStringLiteral(" WHERE id = ?"),
                              {id});
        if (found && found->next()) {
            const QString text = display->displayText(found->value(0));
            if (!text.isEmpty())
                name = shortened(text, nameLength);
        } else if (found) {
            name = Text::tr("no. %1 (no longer in the file)").arg(id);
        }
    }
    m_names.insert(cacheKey, name);
    return name;
}

} // namespace lk
