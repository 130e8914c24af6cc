#include "register/registerspec.h"

#include "register/commonnames.h"
#include "register/namecheck.h"
#include "register/registry.h"

#include <QCoreApplication>

namespace lk {

namespace {
// Gives lupdate and translate() the same context for the helpers below.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::RegisterSpec)
};

} // namespace

const FieldSpec* RegisterSpec::findField(const QString& name) const {
    for (const FieldSpec& f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

const FieldSpec& RegisterSpec::field(const QString& name) const {
    if (const FieldSpec* found = findField(name))
        return *found;
    NameCheck::missedField(table, name);
    static const FieldSpec unknown;
    return unknown;
}

const FieldSpec* RegisterSpec::parentField() const {
    for (const FieldSpec& f : fields) {
        if (f.type == FieldType::Reference && f.owned)
            return &f;
    }
    return nullptr;
}

bool RegisterSpec::countsByLink() const {
    return findField(common::promiseId) != nullptr;
}

QString RegisterSpec::municipalityCondition(const QString& alias) const {
    if (findField(common::municipalityId))
        return QStringLiteral("%1.%2 = ?").arg(alias, QString(common::municipalityId));
    const FieldSpec* owner = parentField();
    const RegisterSpec* ownerSpec = owner ? Registry::named(owner->references) : nullptr;
    if (!ownerSpec)
        // Shared by every municipality; the value is still bound, typed, as PostgreSQL cannot guess a type
        // for a bare "? IS NULL".
        return QStringLiteral("1 = 1 OR CAST(? AS BIGINT) IS NULL");
    // One level up, under an alias of its own (never a keyword: "t" + "o" is TO): the owner's owner may be
    // asked in turn.
    const QString ownerAlias = alias + QStringLiteral("_owner");
    return QStringLiteral("%1.%2 IN (SELECT %3.id FROM %4 %3 WHERE %5)")
        .arg(alias, owner->name, ownerAlias, ownerSpec->table, ownerSpec->municipalityCondition(ownerAlias));
}

bool RegisterSpec::belongsToMunicipality() const {
    if (findField(common::municipalityId))
        return true;
    const FieldSpec* owner = parentField();
    const RegisterSpec* ownerSpec = owner ? Registry::named(owner->references) : nullptr;
    return ownerSpec && ownerSpec->belongsToMunicipality();
}

QString RegisterSpec::displayName() const {
    return QCoreApplication::translate("lk::Fields", singular);
}

QString RegisterSpec::countOf(int count) const {
    return QCoreApplication::translate("lk::Fields", countText, nullptr, count);
}

QString RegisterSpec::pluralName() const {
    return plural ? QCoreApplication::translate("lk::Fields", plural) : displayName();
}

QString RegisterSpec::newRecordTitle() const {
    return QCoreApplication::translate("lk::Fields", newTitle);
}

Record RegisterSpec::normalized(Record record) const {
    QVariantMap values;
    for (const FieldSpec& f : fields) {
        const QVariant value = f.normalized(record.value(f.name));
        if (value.isValid())
            values.insert(f.name, value);
    }
    record.values = values;
    return record;
}

Status RegisterSpec::validate(const Record& record) const {
    const QList<Error> found = problems(record);
    return found.isEmpty() ? Status() : Status(found.first());
}

QList<Error> RegisterSpec::problems(const Record& record) const {
    QList<Error> found;
    for (const FieldSpec& f : fields) {
        if (auto fine = f.validate(record.value(f.name)); !fine)
            found << fine.error();
    }
    for (auto it = record.values.cbegin(); it != record.values.cend(); ++it) {
        if (!findField(it.key()))
            found << Error{Text::tr("%1 has no field “%2”.").arg(displayName(), it.key())};
    }
    // The rule reads the values as they will be stored (empty text as no value), and only when every field
    // is fine: it never sees a half-valid record.
    if (found.isEmpty() && rule) {
        if (Status ruled = rule(*this, normalized(record)); !ruled)
            found << ruled.error();
    }
    return found;
}

QList<const FieldSpec*> RegisterSpec::doubtful(const Record& record) const {
    QList<const FieldSpec*> found;
    for (const FieldSpec& f : fields) {
        if (!f.doubt(record.value(f.name)).isEmpty())
            found << &f;
    }
    return found;
}

} // namespace lk
