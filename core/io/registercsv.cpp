#include "io/registercsv.h"

#include "common/decimal.h"
#include "police/policeregisters.h"
#include "promises/countsfor.h"
#include "promises/promiseregisters.h"
#include "register/draft.h"
#include "register/registry.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QTranslator>

#include <optional>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::RegisterCsv)
};

// The program's Swedish catalogue, loaded once beside whatever the program speaks.
QString swedish(const char* context, const char* source) {
    static const QTranslator* const catalogue = [] {
        auto* translator = new QTranslator; // lives as long as the program
        if (!translator->load(QStringLiteral(":/i18n/lofteskollen_sv.qm")))
            qWarning("The Swedish catalogue is missing: CSV headers are matched in English only.");
        return translator;
    }();
    const QString text = catalogue->translate(context, source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

bool sameText(const QString& a, const QString& b) {
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// What a cell may say for a code: its Swedish label, its label in the language shown, its English source
// label, or the code itself.
std::optional<QString> codeOf(const FieldSpec& field, const QString& text) {
    for (const CodeOption& option : field.codes) {
        if (sameText(text, option.code) || sameText(text, swedish("lk::Codes", option.label)) ||
            sameText(text, field.codeLabel(option.code)) || sameText(text, QString::fromUtf8(option.label)))
            return option.code;
    }
    return std::nullopt;
}

QString choicesOf(const FieldSpec& field) {
    QStringList labels;
    for (const CodeOption& option : field.codes)
        labels << field.codeLabel(option.code);
    return labels.join(QStringLiteral(", "));
}

// A whole number as a spreadsheet may write it: "1 500", with spaces or no-break spaces between the digits.
std::optional<qint64> wholeNumber(QString text) {
    text.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F));
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

std::optional<bool> yesOrNo(const QString& text) {
    for (const char* yes : {"ja", "j", "yes", "y", "x", "1", "sant", "true"}) {
        if (sameText(text, QString::fromLatin1(yes)))
            return true;
    }
    for (const char* no : {"nej", "n", "no", "0", "falskt", "false"}) {
        if (sameText(text, QString::fromLatin1(no)))
            return false;
    }
    return std::nullopt;
}

// The municipality's records that a reference may name, by what they show (a unit's name, a promise's
// title), read once per register pointed at.
class Linked {
public:
    Linked(const Repository& repository, qint64 municipalityId)
        : m_repository(repository)
        , m_municipality(municipalityId) {}

    // The keys of the records called `text`.
    Result<QList<qint64>> named(const FieldSpec& reference, const QString& text) {
        auto read = load(reference);
        if (!read)
            return read.error();
        return m_byName.value(reference.references).value(text.trimmed().toCaseFolded());
    }
    Result<QString> nameOf(const FieldSpec& reference, qint64 id) {
        auto read = load(reference);
        if (!read)
            return read.error();
        return m_names.value(reference.references).value(id);
    }

private:
    Status load(const FieldSpec& reference) {
        if (m_names.contains(reference.references))
            return {};
        const RegisterSpec* target = Registry::named(reference.references);
        QHash<qint64, QString>& names = m_names[reference.references];
        QHash<QString, QList<qint64>>& byName = m_byName[reference.references];
        if (!target || target->displayField.isEmpty())
            return {};
        auto records = m_repository.listOfMunicipality(*target, m_municipality);
        if (!records)
            return records.error();
        const FieldSpec& display = target->field(target->displayField);
        for (const Record& record : *records) {
            const QString name = display.displayText(record.value(display.name));
            names.insert(record.id, name);
            byName[name.trimmed().toCaseFolded()] << record.id;
        }
        return {};
    }

    const Repository& m_repository;
    qint64 m_municipality;
    QHash<QString, QHash<qint64, QString>> m_names;
    QHash<QString, QHash<QString, QList<qint64>>> m_byName;
};

// Two records alike in every field the file can give, as stored: a line that is already in the file.
QString sameness(const RegisterSpec& spec, const Record& record) {
    QStringList values;
    for (const FieldSpec& field : spec.fields) {
        if (field.type != FieldType::Image)
            values << field.toStorage(record.value(field.name)).toString();
    }
    return values.join(QChar(0x1F));
}

} // namespace

QList<const RegisterSpec*> RegisterCsv::importable() {
    return PoliceRegisters::activities();
}

QList<const FieldSpec*> RegisterCsv::fieldsOf(const RegisterSpec& spec) {
    QList<const FieldSpec*> fields;
    for (const FieldSpec& field : spec.fields) {
        if (field.name != common::municipalityId && field.type != FieldType::Image && !field.givenByProgram)
            fields << &field;
    }
    return fields;
}

QString RegisterCsv::swedishLabel(const FieldSpec& field) {
    return swedish("lk::Fields", field.label);
}

QString RegisterCsv::exampleHeader(const RegisterSpec& spec) {
    QStringList labels;
    for (const FieldSpec* field : fieldsOf(spec))
        labels << swedishLabel(*field);
    return labels.join(u';');
}

Result<CsvImport::Preview> RegisterCsv::read(const Repository& repository, const RegisterSpec& spec,
                                             qint64 municipalityId, const QByteArray& bytes) {
    const QList<const FieldSpec*> fields = fieldsOf(spec);
    QList<CsvImport::Column> columns;
    for (const FieldSpec* field : fields) {
        QStringList names{swedishLabel(*field), field->displayLabel(), QString::fromUtf8(field->label),
                          field->name};
        names.removeDuplicates();
        columns << CsvImport::Column{field->displayLabel(), names, field->isRequired};
    }
    auto reading = CsvImport::read(bytes, columns, exampleHeader(spec));
    if (!reading)
        return reading.error();

    // What the preview shows: the columns the file gives, and the promise each record counts for, which
    // follows from its date when the file does not say.
    const FieldSpec* promise = spec.findField(common::promiseId);
    QList<const FieldSpec*> shown;
    for (int i = 0; i < fields.size(); ++i) {
        if (reading->has(i) || fields.at(i) == promise)
            shown << fields.at(i);
    }
    CsvImport::Preview& preview = reading->preview;
    for (const FieldSpec* field : shown)
        preview.headers << field->displayLabel();

    auto stored = repository.listOfMunicipality(spec, municipalityId);
    if (!stored)
        return stored.error();
    QHash<QString, int> storedAlike;
    for (const Record& record : *stored)
        ++storedAlike[sameness(spec, record)];

    int dateColumn = -1;
    bool promiseGiven = false; // a file with the promise's column says it on every line, empty for none
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i)->name == spec.dateField)
            dateColumn = i;
        promiseGiven = promiseGiven || (fields.at(i) == promise && reading->has(i));
    }
    Linked linked(repository, municipalityId);
    QHash<QDate, qint64> countingOn; // the promise a record of that day counts for, as the form gives it
    draft::Keys keys(repository);
    for (const CsvTable::Row& line : reading->table.rows) {
        QVariantMap values{{common::municipalityId, municipalityId}};
        QStringList problems;
        for (int i = 0; i < fields.size(); ++i) {
            const FieldSpec& field = *fields.at(i);
            const QString text = reading->cell(line, i);
            if (text.isEmpty())
                continue;
            const QString label = field.displayLabel();
            switch (field.type) {
            case FieldType::Integer:
                if (const auto number = wholeNumber(text))
                    values.insert(field.name, *number);
                else
                    problems << Text::tr("“%1”: “%2” is not a whole number.").arg(label, text);
                break;
            case FieldType::Decimal:
                if (const auto number = parseDecimal(text))
                    values.insert(field.name, *number);
                else
                    problems
                        << Text::tr("“%1”: “%2” is not a number; write it as 12,5 or 12.5.").arg(label, text);
                break;
            case FieldType::Boolean:
                if (const auto yes = yesOrNo(text))
                    values.insert(field.name, *yes);
                else
                    problems << Text::tr("“%1”: “%2” is neither yes (ja) nor no (nej).").arg(label, text);
                break;
            case FieldType::Code:
                if (const auto code = codeOf(field, text))
                    values.insert(field.name, *code);
                else
                    problems << Text::tr("“%1”: “%2” is not one of: %3.").arg(label, text, choicesOf(field));
                break;
            case FieldType::CodeSet: {
                QStringList codes;
                for (const QString& part :
                     text.split(QRegularExpression(QStringLiteral("[,;/+]")), Qt::SkipEmptyParts)) {
                    if (const auto code = codeOf(field, part))
                        codes << *code;
                    else
                        problems << Text::tr("“%1”: “%2” is not one of: %3.")
                                        .arg(label, part.trimmed(), choicesOf(field));
                }
                values.insert(field.name, codes.join(u','));
                break;
            }
            case FieldType::Reference: {
                auto ids = linked.named(field, text);
                if (!ids)
                    return ids.error();
                if (ids->isEmpty()) {
                    const RegisterSpec* target = Registry::named(field.references);
                    problems << Text::tr("“%1”: “%2” is not among the municipality's %3; add it first, or "
                                         "correct the name.")
                                    .arg(label, text,
                                         target ? target->pluralName().toLower() : field.references);
                    break;
                }
                qint64 id = ids->first();
                if (&field == promise && ids->size() > 1) {
                    // Each period has its promises, often under the same titles: the one of the record's.
                    const QDate date = QDate::fromString(reading->cell(line, dateColumn), Qt::ISODate);
                    for (const qint64 candidate : *ids) {
                        auto period = PromiseRegisters::periodOfPromise(repository, candidate);
                        if (!period)
                            return period.error();
                        if (*period && (*period)->value(periods::startDate).toDate() <= date &&
                            date <= (*period)->value(periods::endDate).toDate())
                            id = candidate;
                    }
                } else if (ids->size() > 1) {
                    problems << Text::tr("“%1”: %2 records are called “%3”; rename one of them in the "
                                         "program first.")
                                    .arg(label)
                                    .arg(ids->size())
                                    .arg(text);
                    break;
                }
                values.insert(field.name, id);
                break;
            }
            default: // text, dates and months as written: the spec says what is wrong with them
                values.insert(field.name, text);
                break;
            }
        }
        const QDate date = spec.dateField.isEmpty()
                               ? QDate()
                               : spec.field(spec.dateField).normalized(values.value(spec.dateField)).toDate();
        if (promise && !promiseGiven && date.isValid()) {
            if (!countingOn.contains(date)) {
                auto choices = CountsFor::choices(repository, spec, municipalityId, date, 0, 0);
                if (!choices)
                    return choices.error();
                countingOn.insert(date, choices->defaultOn(date));
            }
            if (const qint64 counting = countingOn.value(date); counting > 0)
                values.insert(promise->name, counting);
        }
        Record record = spec.normalized(draft::recordWith(Record{}, values));
        if (spec.derive)
            spec.derive(record);
        if (problems.isEmpty()) {
            for (const Error& problem : spec.problems(record))
                problems << problem.message;
        }
        if (problems.isEmpty()) {
            if (Status inPeriod = CountsFor::check(repository, spec, record); !inPeriod)
                problems << inPeriod.message();
        }
        if (!problems.isEmpty()) {
            reading->fail(line, problems.join(u' '));
            continue;
        }

        CsvImport::Line shownLine{line.line, {}, CsvImport::Outcome::Added};
        for (const FieldSpec* field : shown) {
            const QVariant value = record.value(field->name);
            if (field->type == FieldType::Reference && value.isValid()) {
                auto name = linked.nameOf(*field, value.toLongLong());
                if (!name)
                    return name.error();
                shownLine.cells << *name;
            } else {
                shownLine.cells << field->displayText(value);
            }
        }
        if (int& alike = storedAlike[sameness(spec, record)]; alike > 0) {
            --alike;
            shownLine.outcome = CsvImport::Outcome::Unchanged;
        } else {
            auto id = keys.take(spec);
            if (!id)
                return id.error();
            record.id = *id;
            preview.changes.insert(spec, record);
        }
        preview.lines << shownLine;
    }
    return CsvImport::finished(std::move(*reading));
}

} // namespace lk
