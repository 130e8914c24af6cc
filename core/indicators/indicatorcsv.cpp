#include "indicators/indicatorcsv.h"

#include "common/decimal.h"
#include "indicators/indicatorregisters.h"
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

// The columns, in this order; Swedish headers first, English ones for files from other tools.
enum ColumnIndex { IndicatorColumn, YearColumn, QuarterColumn, ValueColumn, NoteColumn };

QList<CsvImport::Column> columnsOf(bool indicatorNeeded) {
    return {
        {QStringLiteral("Indikator"),
         {QStringLiteral("indikator"), QStringLiteral("indicator"), QStringLiteral("namn")},
         indicatorNeeded},
        {QStringLiteral("År"), {QStringLiteral("år"), QStringLiteral("ar"), QStringLiteral("year")}, true},
        {QStringLiteral("Kvartal"),
         {QStringLiteral("kvartal"), QStringLiteral("kv"), QStringLiteral("quarter")},
         false},
        {QStringLiteral("Värde"),
         {QStringLiteral("värde"), QStringLiteral("varde"), QStringLiteral("value")},
         true},
        {QStringLiteral("Kommentar"),
         {QStringLiteral("kommentar"), QStringLiteral("anteckning"), QStringLiteral("note")},
         false}};
}

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

Result<CsvImport::Preview> IndicatorCsv::read(const Repository& repository, qint64 municipalityId,
                                              const QByteArray& bytes, qint64 indicatorId) {
    auto reading =
        CsvImport::read(bytes, columnsOf(indicatorId == 0), QStringLiteral("Indikator;År;Kvartal;Värde"));
    if (!reading)
        return reading.error();

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

    CsvImport::Preview& preview = reading->preview;
    preview.headers = QStringList{Text::tr("Indicator"), Text::tr("Year or quarter"), Text::tr("Value"),
                                  Text::tr("Stored now")};
    QHash<QString, int> seen; // indicator/year/quarter -> the line that gave it
    // The values already stored, by indicator/year/quarter, read once per indicator the file names.
    QHash<QString, Record> storedValues;
    QSet<qint64> storedIndicators;
    const RegisterSpec& values = IndicatorRegisters::values();
    draft::Keys keys(repository);
    for (const CsvTable::Row& line : reading->table.rows) {
        const auto fail = [&](const QString& why) { reading->fail(line, why); };
        const Record* indicator = byId.value(indicatorId);
        if (reading->has(IndicatorColumn)) {
            const QString name = reading->cell(line, IndicatorColumn);
            indicator =
                name.isEmpty() && indicatorId != 0 ? indicator : byName.value(name.trimmed().toCaseFolded());
            if (!indicator) {
                fail(Text::tr("there is no indicator “%1”; add it on the Indicators page first, or correct "
                              "the name.")
                         .arg(name));
                continue;
            }
        }
        const QString yearText = reading->cell(line, YearColumn);
        bool yearOk = false;
        const int year = yearText.toInt(&yearOk);
        if (!yearOk || year < 1990 || year > 2100) {
            fail(Text::tr("“%1” is not a year (such as 2021).").arg(yearText));
            continue;
        }
        const QString quarterText = reading->cell(line, QuarterColumn);
        const int quarter = quarterOf(quarterText);
        if (quarter < 0) {
            fail(
                Text::tr("“%1” is not a quarter: write 1–4 (or K1–K4), or leave it empty for the whole year.")
                    .arg(quarterText));
            continue;
        }
        const QString valueText = reading->cell(line, ValueColumn);
        const auto value = parseDecimal(valueText);
        if (!value) {
            fail(valueText.isEmpty()
                     ? Text::tr("the value is empty.")
                     : Text::tr("“%1” is not a number; write it as 12,5 or 12.5, without a unit.")
                           .arg(valueText));
            continue;
        }
        const QString note = reading->cell(line, NoteColumn);
        const QString rowKey = key(indicator->id, year, quarter);
        if (const int earlier = seen.value(rowKey); earlier > 0) {
            fail(Text::tr("the same indicator, year and quarter as line %1.").arg(earlier));
            continue;
        }
        seen.insert(rowKey, line.line);

        // The note is free text: the personal-data guard and the length limit apply as in the form.
        const QVariantMap fields{{indicatorValues::indicatorId, indicator->id},
                                 {indicatorValues::year, year},
                                 {indicatorValues::quarter, QString::number(quarter)},
                                 {indicatorValues::value, *value},
                                 {indicatorValues::note, note.isEmpty() ? QVariant() : QVariant(note)}};
        if (Status valid = values.validate(draft::recordWith(Record{}, fields)); !valid) {
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
        const Record stored = storedValues.value(rowKey);
        const bool isNew = stored.id == 0;
        const bool changes = isNew || stored.value(indicatorValues::value).toReal() != *value ||
                             stored.value(indicatorValues::note).toString() != note;
        CsvImport::Line shown{
            line.line,
            {indicator->value(indicators::name).toString(), IndicatorRegisters::periodLabel(year, quarter),
             formatDecimal(*value),
             isNew ? QString() : formatDecimal(stored.value(indicatorValues::value).toReal())},
            isNew     ? CsvImport::Outcome::Added
            : changes ? CsvImport::Outcome::Changed
                      : CsvImport::Outcome::Unchanged};
        preview.lines << shown;
        if (isNew) {
            auto id = keys.take(values);
            if (!id)
                return id.error();
            Record record;
            record.id = *id;
            preview.changes.insert(values, draft::recordWith(record, fields));
        } else if (changes) {
            preview.changes.update(values, stored, draft::recordWith(stored, fields));
        }
    }
    return CsvImport::finished(std::move(*reading));
}

} // namespace lk
