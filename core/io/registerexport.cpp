#include "io/registerexport.h"

#include "db/sql.h"
#include "io/recordcount.h"
#include "register/commonnames.h"
#include "register/registry.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace lk {

namespace {

// What the references of one sheet show, by table and key, read once per table pointed at.
class LinkedNames {
public:
    explicit LinkedNames(const Repository& repository)
        : m_repository(repository) {}

    Result<QString> of(const FieldSpec& reference, qint64 id) {
        auto names = m_names.find(reference.references);
        if (names == m_names.end()) {
            auto read = readAll(reference);
            if (!read)
                return read.error();
            names = m_names.insert(reference.references, *read);
        }
        return names->value(id);
    }

private:
    Result<QHash<qint64, QString>> readAll(const FieldSpec& reference) const {
        QHash<qint64, QString> names;
        const RegisterSpec* target = Registry::named(reference.references);
        if (!target)
            return names;
        const QString display =
            target->displayField.isEmpty() ? QStringLiteral("uuid") : target->displayField;
        auto query = sql::run(m_repository.database(),
                              QStringLiteral("SELECT id, %1 FROM %2").arg(display, target->table));
        if (!query)
            return query.error();
        while (query->next())
            names.insert(query->value(0).toLongLong(),
                         RegisterExport::linkedText(reference, query->value(1)));
        return names;
    }

    const Repository& m_repository;
    QHash<QString, QHash<qint64, QString>> m_names;
};

} // namespace

QList<const FieldSpec*> RegisterExport::fieldsOf(const RegisterSpec& spec, bool withMunicipality) {
    QList<const FieldSpec*> fields;
    for (const FieldSpec& field : spec.fields) {
        if (field.type == FieldType::Image || (!withMunicipality && field.name == common::municipalityId))
            continue;
        fields << &field;
    }
    return fields;
}

SheetWriter::Column RegisterExport::columnOf(const FieldSpec& field) {
    switch (field.type) {
    case FieldType::Integer:
        return {field.displayLabel(), SheetWriter::Kind::Integer};
    case FieldType::Decimal:
        return {field.displayLabel(), SheetWriter::Kind::Decimal};
    case FieldType::Date:
        return {field.displayLabel(), SheetWriter::Kind::Date};
    default:
        return {field.displayLabel(), SheetWriter::Kind::Text};
    }
}

QVariant RegisterExport::cellOf(const FieldSpec& field, const QVariant& value, const QString& linked) {
    const QVariant normalized = field.normalized(value);
    if (field.type == FieldType::Reference)
        return linked.isEmpty() || !normalized.isValid() ? QVariant() : QVariant(linked);
    if (!normalized.isValid())
        return {};
    switch (field.type) {
    case FieldType::Date:
    case FieldType::Integer:
    case FieldType::Decimal:
        // A value the file holds in another form (a date typed wrongly long ago) goes as it is, as text.
        return normalized;
    case FieldType::Text:
    case FieldType::LongText:
        return normalized.toString(); // whole, with its line ends: a table shows only the first line
    default:
        return field.displayText(normalized);
    }
}

QString RegisterExport::linkedText(const FieldSpec& reference, const QVariant& display) {
    const RegisterSpec* target = Registry::byTable(reference.references);
    if (!target || target->displayField.isEmpty())
        return display.toString();
    return target->field(target->displayField).displayText(display);
}

Status RegisterExport::write(const Repository& repository, SheetWriter& writer, qint64 municipalityId,
                             const QList<const RegisterSpec*>& registers, Progress& progress) {
    LinkedNames linked(repository);
    auto rows = RecordCount::of(repository, registers, municipalityId);
    if (!rows)
        return rows.error();
    progress.begin(QCoreApplication::translate("lk::RegisterExport", "Writing the rows"), *rows);
    for (const RegisterSpec* spec : registers) {
        const QList<const FieldSpec*> fields = fieldsOf(*spec, municipalityId == 0);
        QList<SheetWriter::Column> columns;
        for (const FieldSpec* field : fields)
            columns << columnOf(*field);
        if (Status added = writer.addSheet(spec->pluralName(), columns); !added)
            return added;

        // The spec's fields in order, as Repository::readRecord reads them; a picture is never read.
        QStringList selected{QStringLiteral("t.id"), QStringLiteral("t.uuid"), QStringLiteral("t.updated_at"),
                             QStringLiteral("t.version")};
        for (const FieldSpec& field : spec->fields)
            selected << (field.type == FieldType::Image ? QStringLiteral("NULL")
                                                        : QStringLiteral("t.") + field.name);
        QString statement =
            QStringLiteral("SELECT %1 FROM %2 t").arg(selected.join(QStringLiteral(", ")), spec->table);
        const RecordCount::Scope kept = RecordCount::scope(*spec, municipalityId);
        statement += kept.where;
        statement += QStringLiteral(" ORDER BY ") +
                     (spec->orderBy.isEmpty() ? QString() : spec->orderBy + QStringLiteral(", ")) +
                     QStringLiteral("t.id");
        auto query = sql::run(repository.database(), statement, kept.values);
        if (!query)
            return query.error();
        while (query->next()) {
            if (!progress.advance())
                return Progress::stopped(
                    QCoreApplication::translate("lk::RegisterExport", "Nothing was exported."));
            const Record record = Repository::readRecord(*spec, *query);
            QVariantList cells;
            for (const FieldSpec* field : fields) {
                const QVariant value = record.value(field->name);
                QString name;
                if (field->type == FieldType::Reference && value.isValid()) {
                    auto text = linked.of(*field, value.toLongLong());
                    if (!text)
                        return text.error();
                    name = *text;
                }
                cells << cellOf(*field, value, name);
            }
            if (Status added = writer.addRow(cells); !added)
                return added;
        }
    }
    return {};
}

} // namespace lk
