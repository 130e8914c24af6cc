#include "indicators/indicatorcsv.h"

#include "common/decimal.h"
#include "indicators/indicatorregisters.h"
#include "io/csvtable.h"
#include "register/draft.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::IndicatorCsv)
};

// Swedish headers first; English ones for files from other tools. Compared without case.
const QStringList indicatorNames{QStringLiteral("indikator"), QStringLiteral("indicator"),
                                 QStringLiteral("namn")};
const QStringList yearNames{QStringLiteral("år"), QStringLiteral("ar"), QStringLiteral("year")};
const QStringList quarterNames{QStringLiteral("kvartal"), QStringLiteral("kv"), QStringLiteral("quarter")};
const QStringList valueNames{QStringLiteral("värde"), QStringLiteral("varde"), QStringLiteral("value")};
const QStringList noteNames{QStringLiteral("kommentar"), QStringLiteral("anteckning"),
                            QStringLiteral("note")};

// Empty or 0 for the whole year; 1–4, K1–K4, Q1–Q4 or "kv 2" for a quarter; -1 otherwise.
int quarterOf(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(?:k|q|kv)?\\s*([0-4])$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QStringLiteral("helår"), Qt::CaseInsensitive) == 0)
        return 0;
    const auto match = pattern.match(trimmed);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString key(qint64 indicator, int year, int quarter) {
    return QStringLiteral("%1/%2/%3").arg(indicator).arg(year).arg(quarter);
}

} // namespace

bool IndicatorCsv::Row::changes() const {
    return isNew() || stored.value(indicatorValues::value).toReal() != value ||
           stored.value(indicatorValues::note).toString() != note;
}

int IndicatorCsv::Preview::added() const {
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const Row& row) { return row.isNew(); }));
}

int IndicatorCsv::Preview::updated() const {
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const Row& row) { return !row.isNew() && row.changes(); }));
}

int IndicatorCsv::Preview::unchanged() const {
    return int(rows.size()) - added() - updated();
}

Result<IndicatorCsv::Preview> IndicatorCsv::read(const Repository& repository, qint64 municipalityId,
                                                 const QByteArray& bytes, qint64 indicatorId) {
    auto table = CsvTable::read(bytes);
    if (!table)
        return table.error();
    const int indicatorColumn = table->column(indicatorNames);
    const int yearColumn = table->column(yearNames);
    const int quarterColumn = table->column(quarterNames);
    const int valueColumn = table->column(valueNames);
    const int noteColumn = table->column(noteNames);
    QStringList missing;
    if (indicatorColumn < 0 && indicatorId == 0)
        missing << QStringLiteral("Indikator");
    if (yearColumn < 0)
        missing << QStringLiteral("År");
    if (valueColumn < 0)
        missing << QStringLiteral("Värde");
    if (!missing.isEmpty())
        return Error{Text::tr("Line %1 names the columns, but %2 is missing. The first line must name them, "
                              "for example: Indikator;År;Kvartal;Värde")
                         .arg(table->headerLine)
                         .arg(missing.join(QStringLiteral(", ")))};

    auto indicators =
        repository.list(IndicatorRegisters::indicators(), indicators::municipalityId, municipalityId);
    if (!indicators)
        return indicators.error();
    QHash<QString, const Record*> byName;
    QHash<qint64, const Record*> byId;
    for (const Record& indicator : *indicators) {
        byName.insert(indicator.value(indicators::name).toString().trimmed().toCaseFolded(), &indicator);
        byId.insert(indicator.id, &indicator);
    }
    if (indicatorId != 0 && !byId.contains(indicatorId))
        return Error{Text::tr("The indicator to import into no longer exists; nothing was read.")};

    Preview preview{table->encoding, table->separator, {}, {}};
    QHash<QString, int> seen; // indicator/year/quarter -> the line that gave it
    // The values already stored, by indicator/year/quarter, read once per indicator the file names.
    QHash<QString, Record> storedValues;
    QSet<qint64> storedIndicators;
    const RegisterSpec& values = IndicatorRegisters::values();
    for (const CsvTable::Row& line : table->rows) {
        auto fail = [&](const QString& why) {
            preview.errors << Text::tr("Line %1: %2").arg(line.line).arg(why);
        };
        const Record* indicator = byId.value(indicatorId);
        if (indicatorColumn >= 0) {
            const QString name = CsvTable::cell(line, indicatorColumn);
            indicator =
                name.isEmpty() && indicatorId != 0 ? indicator : byName.value(name.trimmed().toCaseFolded());
            if (!indicator) {
                fail(Text::tr("there is no indicator “%1”; add it on the Indicators page first, or correct "
                              "the name.")
                         .arg(name));
                continue;
            }
        }
        bool yearOk = false;
        const int year = CsvTable::cell(line, yearColumn).toInt(&yearOk);
        if (!yearOk || year < 1990 || year > 2100) {
            fail(Text::tr("“%1” is not a year (such as 2021).").arg(CsvTable::cell(line, yearColumn)));
            continue;
        }
        const int quarter = quarterColumn >= 0 ? quarterOf(CsvTable::cell(line, quarterColumn)) : 0;
        if (quarter < 0) {
            fail(
                Text::tr("“%1” is not a quarter: write 1–4 (or K1–K4), or leave it empty for the whole year.")
                    .arg(CsvTable::cell(line, quarterColumn)));
            continue;
        }
        const QString valueText = CsvTable::cell(line, valueColumn);
        const auto value = parseDecimal(valueText);
        if (!value) {
            fail(valueText.isEmpty()
                     ? Text::tr("the value is empty.")
                     : Text::tr("“%1” is not a number; write it as 12,5 or 12.5, without a unit.")
                           .arg(valueText));
            continue;
        }
        const QString note = CsvTable::cell(line, noteColumn);
        const QString rowKey = key(indicator->id, year, quarter);
        if (const int earlier = seen.value(rowKey); earlier > 0) {
            fail(Text::tr("the same indicator, year and quarter as line %1.").arg(earlier));
            continue;
        }
        seen.insert(rowKey, line.line);

        Row row{line.line,
                indicator->id,
                indicator->value(indicators::name).toString(),
                year,
                quarter,
                *value,
                note,
                {}};
        // The note is free text: the personal-data guard and the length limit apply as in the form.
        Record candidate;
        candidate.values = {{indicatorValues::indicatorId, indicator->id},
                            {indicatorValues::year, year},
                            {indicatorValues::quarter, QString::number(quarter)},
                            {indicatorValues::value, *value}};
        if (!note.isEmpty())
            candidate.values.insert(indicatorValues::note, note);
        if (Status valid = values.validate(candidate); !valid) {
            fail(valid.message());
            continue;
        }
        if (!storedIndicators.contains(indicator->id)) {
            auto stored = repository.list(values, indicatorValues::indicatorId, indicator->id);
            if (!stored)
                return stored.error();
            for (const Record& value : *stored)
                storedValues.insert(key(indicator->id, value.value(indicatorValues::year).toInt(),
                                        value.value(indicatorValues::quarter).toInt()),
                                    value);
            storedIndicators.insert(indicator->id);
        }
        row.stored = storedValues.value(rowKey);
        preview.rows.append(row);
    }
    if (preview.rows.isEmpty() && preview.errors.isEmpty())
        preview.errors << Text::tr("The file names its columns but holds no values.");
    return preview;
}

Result<ChangeSet> IndicatorCsv::changes(const Repository& repository, const Preview& preview) {
    if (!preview.errors.isEmpty())
        return Error{Text::tr("The file has %n line(s) with errors; nothing was imported.", "",
                              int(preview.errors.size()))};
    const RegisterSpec& values = IndicatorRegisters::values();
    draft::Keys keys(repository);
    ChangeSet changes;
    for (const Row& row : preview.rows) {
        if (!row.changes())
            continue;
        const QVariantMap fields{
            {indicatorValues::indicatorId, row.indicatorId},
            {indicatorValues::year, row.year},
            {indicatorValues::quarter, QString::number(row.quarter)},
            {indicatorValues::value, row.value},
            {indicatorValues::note, row.note.isEmpty() ? QVariant() : QVariant(row.note)}};
        if (row.isNew()) {
            auto id = keys.take(values);
            if (!id)
                return id.error();
            Record record;
            record.id = *id;
            changes.insert(values, draft::recordWith(record, fields));
        } else {
            changes.update(values, row.stored, draft::recordWith(row.stored, fields));
        }
    }
    return changes;
}

} // namespace lk
