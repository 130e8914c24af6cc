#include "register/fieldspec.h"

#include "common/dateinput.h"
#include "common/imagedata.h"
#include "common/isodate.h"
#include "privacy/personalnumber.h"
#include "register/monthset.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>

namespace lk {

namespace {

// Gives lupdate and translate() the same context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::FieldSpec)
};

constexpr int defaultTextLength = 500;
constexpr int defaultLongTextLength = 20000;

// The place of the first character that is not text: a control character other than tab and the line ends
// (NUL included), half of a surrogate pair, a byte order mark (U+FEFF) or the noncharacters U+FFFE and
// U+FFFF. None is ever typed; they come with text pasted from another program or written into a file by one.
// Control characters cannot be written into the XML of an ODT or HTML report; the others SQLite does not give
// back as they were (it drops a byte order mark at the start, and reads the rest as U+FFFD), which
// tests/core/io/hostilestrings_test.cpp found.
std::optional<qsizetype> firstNonText(const QString& text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        const char16_t u = c.unicode();
        if (c.isSurrogate() || (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') ||
            (u >= 0x7F && u <= 0x9F) || u == 0xFEFF || u == 0xFFFE || u == 0xFFFF)
            return i;
    }
    return std::nullopt;
}

FieldSpec make(const QString& name, FieldType type, const char* label) {
    FieldSpec field;
    field.name = name;
    field.type = type;
    field.label = label;
    return field;
}
} // namespace

FieldSpec FieldSpec::text(const QString& name, const char* label) {
    return make(name, FieldType::Text, label);
}

FieldSpec FieldSpec::longText(const QString& name, const char* label) {
    return make(name, FieldType::LongText, label);
}

FieldSpec FieldSpec::integer(const QString& name, const char* label, qint64 minimum, qint64 maximum) {
    FieldSpec field = make(name, FieldType::Integer, label);
    field.minimum = minimum;
    field.maximum = maximum;
    return field;
}

FieldSpec FieldSpec::year(const QString& name, const char* label) {
    FieldSpec field = integer(name, label, 1990, 2100);
    field.groupDigits = false;
    return field;
}

FieldSpec FieldSpec::decimal(const QString& name, const char* label, qint64 minimum, qint64 maximum) {
    FieldSpec field = make(name, FieldType::Decimal, label);
    field.minimum = minimum;
    field.maximum = maximum;
    return field;
}

FieldSpec FieldSpec::date(const QString& name, const char* label) {
    return make(name, FieldType::Date, label);
}

FieldSpec FieldSpec::code(const QString& name, const char* label, const QList<CodeOption>& codes) {
    FieldSpec field = make(name, FieldType::Code, label);
    field.codes = codes;
    return field;
}

FieldSpec FieldSpec::reference(const QString& name, const char* label, const QString& table) {
    FieldSpec field = make(name, FieldType::Reference, label);
    field.references = table;
    return field;
}

FieldSpec FieldSpec::codeSet(const QString& name, const char* label, const QList<CodeOption>& codes) {
    FieldSpec field = make(name, FieldType::CodeSet, label);
    field.codes = codes;
    return field;
}

FieldSpec FieldSpec::image(const QString& name, const char* label, int maxSide) {
    FieldSpec field = make(name, FieldType::Image, label);
    field.maximum = maxSide;
    return field;
}

FieldSpec FieldSpec::months(const QString& name, const char* label) {
    return make(name, FieldType::Months, label);
}

FieldSpec FieldSpec::link(const QString& name, const char* label, const QString& table) {
    FieldSpec field = reference(name, label, table);
    field.owned = false;
    return field;
}

FieldSpec FieldSpec::boolean(const QString& name, const char* label) {
    return make(name, FieldType::Boolean, label);
}

FieldSpec FieldSpec::withSuggestions(const QStringList& values) const {
    FieldSpec copy = *this;
    copy.suggestions = values;
    return copy;
}

FieldSpec FieldSpec::readOnly() const {
    FieldSpec copy = *this;
    copy.givenByProgram = true;
    return copy;
}

FieldSpec FieldSpec::doubtfulWhenZero() const {
    FieldSpec copy = *this;
    copy.zeroIsDoubtful = true;
    return copy;
}

FieldSpec FieldSpec::withHelp(const char* text) const {
    FieldSpec copy = *this;
    copy.help = text;
    return copy;
}

FieldSpec FieldSpec::notSearched() const {
    FieldSpec copy = *this;
    copy.searched = false;
    return copy;
}

FieldSpec FieldSpec::describesPerson() const {
    FieldSpec copy = *this;
    copy.aboutPerson = true;
    return copy;
}

FieldSpec FieldSpec::required() const {
    FieldSpec copy = *this;
    copy.isRequired = true;
    return copy;
}

QString FieldSpec::jsonKey() const {
    if (type == FieldType::Reference && name.endsWith(QStringLiteral("_id")))
        return name.chopped(3);
    return name;
}

int FieldSpec::lengthLimit() const {
    if (maxLength > 0)
        return maxLength;
    return type == FieldType::LongText ? defaultLongTextLength : defaultTextLength;
}

QString FieldSpec::displayLabel() const {
    return QCoreApplication::translate("lk::Fields", label);
}

QString FieldSpec::displayHelp() const {
    return help && *help ? QCoreApplication::translate("lk::Fields", help) : QString();
}

bool FieldSpec::isCode(const QString& code) const {
    return std::any_of(codes.begin(), codes.end(),
                       [&](const CodeOption& option) { return option.code == code; });
}

QString FieldSpec::codeLabel(const QString& code) const {
    for (const CodeOption& option : codes) {
        if (option.code == code)
            return QCoreApplication::translate("lk::Codes", option.label);
    }
    return code;
}

QString FieldSpec::displayText(const QVariant& value) const {
    const QVariant v = normalized(value);
    if (!v.isValid())
        return {};
    switch (type) {
    case FieldType::Date:
        return isoDate(v.toDate());
    case FieldType::Code:
        return codeLabel(v.toString());
    case FieldType::CodeSet: {
        QStringList labels;
        for (const QString& code : v.toString().split(u','))
            labels << codeLabel(code);
        return labels.join(QStringLiteral(", "));
    }
    case FieldType::Boolean:
        return v.toBool() ? QCoreApplication::translate("lk::Fields", "Yes")
                          : QCoreApplication::translate("lk::Fields", "No");
    case FieldType::Integer:
        // 1 000 000 in Swedish, as the spin box shows it; a year as 2021.
        return groupDigits ? QLocale().toString(v.toLongLong()) : QString::number(v.toLongLong());
    case FieldType::Decimal:
        // Always Swedish (12,5), the same as an Integer in the program's Swedish locale; text that is not a
        // number shows as it is.
        return v.metaType().id() == QMetaType::Double ? formatDecimal(v.toReal()) : v.toString();
    case FieldType::Image:
        return ImageData::describe(v.toByteArray());
    case FieldType::Months:
        // Months that are no months (from a hand-written file) show as they were given, for the user to mend.
        if (const auto months = MonthSet::read(v))
            return months->displayText();
        return v.toString();
    default:
        return v.toString();
    }
}

QVariant FieldSpec::normalized(const QVariant& value) const {
    // A yes/no field left out means no, which is also what the file stores for it.
    if (!value.isValid() || value.isNull())
        return type == FieldType::Boolean ? QVariant(false) : QVariant();
    switch (type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Code: {
        const QString text = value.toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case FieldType::Date: {
        if (value.metaType().id() == QMetaType::QDate)
            return value.toDate().isValid() ? value : QVariant();
        const QString text = value.toString();
        if (text.isEmpty())
            return {};
        const QDate date = QDate::fromString(text, Qt::ISODate);
        // An unreadable date stays as text, so that validation can name it rather than silently drop it.
        return date.isValid() && text.size() == 10 ? QVariant(date) : QVariant(text);
    }
    case FieldType::Integer:
    case FieldType::Reference: {
        if (value.metaType().id() == QMetaType::QString && value.toString().isEmpty())
            return {};
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        return ok ? QVariant(number) : value;
    }
    case FieldType::Decimal:
        switch (value.metaType().id()) {
        case QMetaType::Double:
        case QMetaType::Float:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong: {
            const double number = value.toReal();
            return QVariant(number == 0 ? 0.0 : number); // -0 is 0
        }
        case QMetaType::QString: {
            const QString text = value.toString();
            if (text.trimmed().isEmpty())
                return {};
            // An unreadable number stays as text, so that validation can name it rather than silently drop
            // it.
            const std::optional<double> number = parseDecimal(text);
            return number ? QVariant(*number) : QVariant(text);
        }
        default:
            return value; // not a number: validation names it
        }
    case FieldType::Boolean:
        return QVariant(value.toBool());
    case FieldType::CodeSet: {
        // One text, each code once, in the list's own order (unknown ones last, for validation to name).
        QStringList given = value.metaType().id() == QMetaType::QStringList
                                ? value.toStringList()
                                : value.toString().split(u',', Qt::SkipEmptyParts);
        for (QString& code : given)
            code = code.trimmed();
        QStringList ordered;
        for (const CodeOption& option : codes) {
            if (given.contains(option.code))
                ordered << option.code;
        }
        for (const QString& code : given) {
            if (!isCode(code) && !code.isEmpty() && !ordered.contains(code))
                ordered << code;
        }
        return ordered.isEmpty() ? QVariant() : QVariant(ordered.join(u','));
    }
    case FieldType::Image: {
        // Bytes as they are; anything else (text from a hand-written file) stays, for validation to name.
        if (value.metaType().id() != QMetaType::QByteArray)
            return value;
        return value.toByteArray().isEmpty() ? QVariant() : value;
    }
    case FieldType::Months: {
        // One text, sorted, each month once: "5,3,3" is "3,5". What is no list of months stays as its text,
        // for validation to name.
        const bool list = value.metaType().id() == QMetaType::QVariantList ||
                          value.metaType().id() == QMetaType::QStringList;
        const QString given = list ? value.toStringList().join(u',') : value.toString();
        if (given.trimmed().isEmpty())
            return {};
        const auto months = MonthSet::read(value);
        if (!months)
            return given;
        return months->isEmpty() ? QVariant() : QVariant(months->toText());
    }
    }
    return value;
}

QVariant FieldSpec::toStorage(const QVariant& value) const {
    const QVariant v = normalized(value);
    if (!v.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    if (type == FieldType::Date)
        return isoDate(v.toDate());
    if (type == FieldType::Boolean)
        return v.toBool() ? 1 : 0;
    return v;
}

Status FieldSpec::validate(const QVariant& raw) const {
    Status checked = check(raw);
    if (checked)
        return checked;
    // The field each message is about, so that a form can show it beside the field.
    Error error = checked.error();
    error.field = name;
    return error;
}

QString FieldSpec::doubt(const QVariant& raw) const {
    const QVariant value = normalized(raw);
    if (!zeroIsDoubtful || !value.isValid() || value.metaType().id() != QMetaType::LongLong ||
        value.toLongLong() != 0)
        return {};
    return Text::tr("“%1” is 0.").arg(displayLabel());
}

Status FieldSpec::check(const QVariant& raw) const {
    const FieldSpec& field = *this;
    const QVariant value = field.normalized(raw);
    // Translated only for a message: a valid value (nearly all of them) never needs it.
    const auto label = [&field] { return field.displayLabel(); };
    if (!value.isValid())
        return field.isRequired ? Status(Error{Text::tr("“%1” must be filled in.").arg(label())}) : Status();
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText: {
        const int limit = field.lengthLimit();
        if (value.toString().size() > limit)
            return Error{Text::tr("“%1” is too long: at most %2 characters.").arg(label()).arg(limit)};
        if (const auto at = firstNonText(value.toString()))
            return Error{Text::tr("“%1” holds a character that is not text (U+%2, at character %3), as text "
                                  "copied from another program or file may. Remove it and save again.")
                             .arg(label())
                             .arg(QString::number(value.toString().at(*at).unicode(), 16)
                                      .toUpper()
                                      .rightJustified(4, u'0'))
                             .arg(*at + 1)};
        // The personal-data guard: every free text of every register, wherever it comes from.
        if (const auto number = PersonalNumber::find(value.toString()))
            return Error{Text::tr("“%1” holds what looks like a %2 (%3). Löfteskollen never stores personal "
                                  "identity numbers: remove it, and refer to a youth by the case code only.")
                             .arg(label(),
                                  number->coordination ? Text::tr("coordination number (samordningsnummer)")
                                                       : Text::tr("personal identity number (personnummer)"),
                                  number->masked)};
        break;
    }
    case FieldType::Date:
        if (value.metaType().id() != QMetaType::QDate) {
            // Why, when the text names a day that does not exist (2022-02-30), as the date field says it.
            const DateInput::Reading reading = DateInput::read(value.toString());
            if (reading.state == DateInput::State::NotADate)
                return Error{Text::tr("“%1”: %2").arg(label(), reading.problem)};
            return Error{
                Text::tr("“%1”: “%2” is not a date; write it as 2021-03-15.").arg(label(), value.toString())};
        }
        break;
    case FieldType::Code:
        if (!field.isCode(value.toString())) {
            QStringList allowed;
            for (const CodeOption& option : field.codes)
                allowed << option.code;
            return Error{Text::tr("“%1”: “%2” is not one of %3.")
                             .arg(label(), value.toString(), allowed.join(QStringLiteral(", ")))};
        }
        break;
    case FieldType::Integer: {
        if (value.metaType().id() != QMetaType::LongLong)
            return Error{Text::tr("“%1”: “%2” is not a whole number.").arg(label(), value.toString())};
        const qint64 number = value.toLongLong();
        if (number < field.minimum || number > field.maximum)
            return Error{Text::tr("“%1” must be between %2 and %3.")
                             .arg(label())
                             .arg(field.minimum)
                             .arg(field.maximum)};
        break;
    }
    case FieldType::Decimal: {
        if (value.metaType().id() != QMetaType::Double || !std::isfinite(value.toReal()))
            return Error{
                Text::tr("“%1”: “%2” is not a number; write it as 12,5.").arg(label(), value.toString())};
        const double number = value.toReal();
        if (number < double(field.minimum) || number > double(field.maximum))
            return Error{Text::tr("“%1” must be between %2 and %3.")
                             .arg(label(), formatDecimal(double(field.minimum)),
                                  formatDecimal(double(field.maximum)))};
        break;
    }
    case FieldType::Reference:
        if (value.metaType().id() != QMetaType::LongLong || value.toLongLong() <= 0)
            return Error{Text::tr("“%1” does not point at a stored record.").arg(label())};
        break;
    case FieldType::Boolean:
        break;
    case FieldType::Image:
        if (value.metaType().id() != QMetaType::QByteArray)
            return Error{Text::tr("“%1” is not a PNG or JPEG picture.").arg(label())};
        return ImageData::check(value.toByteArray(), int(field.maximum), label());
    case FieldType::Months:
        if (!MonthSet::read(value))
            return Error{Text::tr("“%1”: “%2” is not a list of months. Give each month by its number, 1 for "
                                  "January to 12 for December, separated by commas: 3,4,5,9,10.")
                             .arg(label(), value.toString())};
        break;
    case FieldType::CodeSet:
        for (const QString& code : value.toString().split(u',')) {
            if (!field.isCode(code)) {
                QStringList allowed;
                for (const CodeOption& option : field.codes)
                    allowed << option.code;
                return Error{Text::tr("“%1”: “%2” is not one of %3.")
                                 .arg(label(), code, allowed.join(QStringLiteral(", ")))};
            }
        }
        break;
    }
    return {};
}

} // namespace lk
