#include "search/searchfields.h"

#include "promises/commonfields.h"
#include "register/commonnames.h"
#include "register/registry.h"

namespace lk {

namespace {

// An alias of its own for each level of owners, so that nested subqueries never mix them up.
QString ownerAlias(const QString& row) {
    return row + QStringLiteral("_o");
}

QString ownerExpression(const RegisterSpec& spec, const QString& row,
                        QString (SearchFields::*expression)(const QString&) const) {
    const FieldSpec* owner = spec.parentField();
    const RegisterSpec* ownerSpec = owner ? Registry::named(owner->references) : nullptr;
    if (!ownerSpec)
        return QStringLiteral("NULL");
    const QString alias = ownerAlias(row);
    return QStringLiteral("(SELECT %1 FROM %2 %3 WHERE %3.id = %4.%5)")
        .arg((SearchFields(*ownerSpec).*expression)(alias), ownerSpec->table, alias, row, owner->name);
}

} // namespace

SearchFields::SearchFields(const RegisterSpec& spec)
    : m_spec(spec) {
    for (const FieldSpec& field : spec.fields) {
        if (!field.isSearched())
            continue;
        if (field.name == spec.displayField)
            m_title = &field;
        else
            m_body << &field;
    }
}

QList<const FieldSpec*> SearchFields::textFields() const {
    QList<const FieldSpec*> fields;
    if (m_title)
        fields << m_title;
    return fields + m_body;
}

QString SearchFields::municipalityExpression(const QString& row) const {
    if (m_spec.findField(common::municipalityId))
        return row + u'.' + common::municipalityId.toString();
    // The register the municipality field points at is the municipalities' own.
    if (m_spec.table == CommonFields::municipality().references)
        return row + QStringLiteral(".id");
    return ownerExpression(m_spec, row, &SearchFields::municipalityExpression);
}

QString SearchFields::dateExpression(const QString& row) const {
    if (!m_spec.dateField.isEmpty())
        return row + u'.' + m_spec.dateField;
    for (const FieldSpec& field : m_spec.fields) {
        if (field.type == FieldType::Date)
            return row + u'.' + field.name;
    }
    // Of two owners, the one that took place on a day: a case discussion has its meeting's date, not the
    // day its case was opened.
    for (const FieldSpec& field : m_spec.fields) {
        const RegisterSpec* owner =
            field.type == FieldType::Reference && field.owned ? Registry::named(field.references) : nullptr;
        if (owner && !owner->dateField.isEmpty()) {
            const QString alias = ownerAlias(row);
            return QStringLiteral("(SELECT %1.%2 FROM %3 %1 WHERE %1.id = %4.%5)")
                .arg(alias, owner->dateField, owner->table, row, field.name);
        }
    }
    return ownerExpression(m_spec, row, &SearchFields::dateExpression);
}

QStringList SearchFields::watchedColumns() const {
    QStringList columns;
    for (const FieldSpec* field : textFields())
        columns << field->name;
    if (m_spec.findField(common::municipalityId))
        columns << common::municipalityId.toString();
    else if (const FieldSpec* owner = m_spec.parentField())
        columns << owner->name;
    return columns;
}

} // namespace lk
