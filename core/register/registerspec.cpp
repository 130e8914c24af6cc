#include "register/registerspec.h"

#include <QCoreApplication>
#include <QDate>

namespace lk {

namespace {
// Gives lupdate and translate() the same context for the helpers below.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::RegisterSpec)
};

constexpr int defaultTextLength = 500;
constexpr int defaultLongTextLength = 20000;

Status validateField(const FieldSpec& field, const QVariant& raw) {
    const QVariant value = field.normalized(raw);
    const QString label = field.displayLabel();
    if (!value.isValid())
        return field.isRequired ? Status(Error{Text::tr("“%1” must be filled in.").arg(label)}) : Status();
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText: {
        const int limit = field.maxLength > 0
                              ? field.maxLength
                              : (field.type == FieldType::Text ? defaultTextLength : defaultLongTextLength);
        if (value.toString().size() > limit)
            return Error{Text::tr("“%1” is too long: at most %2 characters.").arg(label).arg(limit)};
        break;
    }
    case FieldType::Date:
        if (value.metaType().id() != QMetaType::QDate)
            return Error{
                Text::tr("“%1”: “%2” is not a date; write it as 2021-03-15.").arg(label, value.toString())};
        break;
    case FieldType::Code:
        if (!field.isCode(value.toString())) {
            QStringList allowed;
            for (const CodeOption& option : field.codes)
                allowed << option.code;
            return Error{Text::tr("“%1”: “%2” is not one of %3.")
                             .arg(label, value.toString(), allowed.join(QStringLiteral(", ")))};
        }
        break;
    case FieldType::Integer: {
        if (value.metaType().id() != QMetaType::LongLong)
            return Error{Text::tr("“%1”: “%2” is not a whole number.").arg(label, value.toString())};
        const qint64 number = value.toLongLong();
        if (number < field.minimum || number > field.maximum)
            return Error{
                Text::tr("“%1” must be between %2 and %3.").arg(label).arg(field.minimum).arg(field.maximum)};
        break;
    }
    case FieldType::Reference:
        if (value.metaType().id() != QMetaType::LongLong || value.toLongLong() <= 0)
            return Error{Text::tr("“%1” does not point at a stored record.").arg(label)};
        break;
    case FieldType::Boolean:
        break;
    }
    return {};
}

} // namespace

const FieldSpec* RegisterSpec::field(const QString& name) const {
    for (const FieldSpec& f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

const FieldSpec* RegisterSpec::parentField() const {
    for (const FieldSpec& f : fields) {
        if (f.type == FieldType::Reference)
            return &f;
    }
    return nullptr;
}

QString RegisterSpec::displayName() const {
    return QCoreApplication::translate("lk::Fields", singular);
}

QString RegisterSpec::newRecordTitle() const {
    return QCoreApplication::translate("lk::Fields", newTitle);
}

Status RegisterSpec::validate(const Record& record) const {
    for (const FieldSpec& f : fields) {
        if (auto fine = validateField(f, record.value(f.name)); !fine)
            return fine;
    }
    for (auto it = record.values.cbegin(); it != record.values.cend(); ++it) {
        if (!field(it.key()))
            return Error{Text::tr("%1 has no field “%2”.").arg(displayName(), it.key())};
    }
    return rule ? rule(record) : Status();
}

} // namespace lk
