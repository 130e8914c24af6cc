#include "indicators/indicatorregisters.h"

#include "promises/promiseregisters.h"

#include <QCoreApplication>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::IndicatorRegisters)
};

const QList<CodeOption> sourceCodes{
    {QStringLiteral("anmalningar"), QT_TRANSLATE_NOOP("lk::Codes", "Police-reported crime statistics")},
    {QStringLiteral("ntu"), QT_TRANSLATE_NOOP("lk::Codes", "The national crime survey (NTU)")},
    {QStringLiteral("trygghetsmatning"), QT_TRANSLATE_NOOP("lk::Codes", "The police's safety survey")},
    {QStringLiteral("egen"), QT_TRANSLATE_NOOP("lk::Codes", "Own measurement")},
};

const QList<CodeOption> directionCodes{
    {QStringLiteral("lagre"), QT_TRANSLATE_NOOP("lk::Codes", "Lower is better")},
    {QStringLiteral("hogre"), QT_TRANSLATE_NOOP("lk::Codes", "Higher is better")},
};

// Stored as 0–4 (the column's integer affinity turns the code into a number), shown by name.
const QList<CodeOption> quarterCodes{
    {QStringLiteral("0"), QT_TRANSLATE_NOOP("lk::Codes", "The whole year")},
    {QStringLiteral("1"), QT_TRANSLATE_NOOP("lk::Codes", "Q1 (Jan–Mar)")},
    {QStringLiteral("2"), QT_TRANSLATE_NOOP("lk::Codes", "Q2 (Apr–Jun)")},
    {QStringLiteral("3"), QT_TRANSLATE_NOOP("lk::Codes", "Q3 (Jul–Sep)")},
    {QStringLiteral("4"), QT_TRANSLATE_NOOP("lk::Codes", "Q4 (Oct–Dec)")},
};

// A baseline and a target each need their year and value together, the target after the baseline.
Status indicatorRule(const RegisterSpec& spec, const Record& record) {
    for (const auto& [yearField, valueField] :
         {std::pair{indicators::baselineYear, indicators::baselineValue},
          std::pair{indicators::targetYear, indicators::targetValue}}) {
        if (record.value(yearField).isValid() != record.value(valueField).isValid())
            return Error{Text::tr("“%1” and “%2” are given together.")
                             .arg(spec.labelOf(yearField), spec.labelOf(valueField))};
    }
    const QVariant baseline = record.value(indicators::baselineYear);
    const QVariant target = record.value(indicators::targetYear);
    if (baseline.isValid() && target.isValid() && target.toLongLong() <= baseline.toLongLong())
        return Error{Text::tr("“%1” (%2) must come after “%3” (%4).")
                         .arg(spec.labelOf(indicators::targetYear))
                         .arg(target.toLongLong())
                         .arg(spec.labelOf(indicators::baselineYear))
                         .arg(baseline.toLongLong())};
    return {};
}

} // namespace

QString IndicatorRegisters::periodLabel(int year, int quarter) {
    return quarter == 0 ? QString::number(year) : Text::tr("%1 Q%2").arg(year).arg(quarter);
}

const RegisterSpec& IndicatorRegisters::indicators() {
    static const RegisterSpec spec{
        .table = indicators::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Indicator"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New indicator"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n indicator(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Indicators"),
        .fields =
            {
                CommonFields::municipality(),
                FieldSpec::text(indicators::name, QT_TRANSLATE_NOOP("lk::Fields", "Name")).required(),
                FieldSpec::text(indicators::unit, QT_TRANSLATE_NOOP("lk::Fields", "Unit")).required(),
                FieldSpec::code(indicators::source, QT_TRANSLATE_NOOP("lk::Fields", "Source"), sourceCodes)
                    .required(),
                FieldSpec::code(indicators::direction, QT_TRANSLATE_NOOP("lk::Fields", "Direction"),
                                directionCodes)
                    .required(),
                FieldSpec::year(indicators::baselineYear, QT_TRANSLATE_NOOP("lk::Fields", "Baseline year")),
                FieldSpec::decimal(indicators::baselineValue,
                                   QT_TRANSLATE_NOOP("lk::Fields", "Baseline value")),
                FieldSpec::year(indicators::targetYear, QT_TRANSLATE_NOOP("lk::Fields", "Target year")),
                FieldSpec::decimal(indicators::targetValue, QT_TRANSLATE_NOOP("lk::Fields", "Target value")),
                FieldSpec::link(indicators::focusAreaId, QT_TRANSLATE_NOOP("lk::Fields", "Focus area"),
                                focusAreas::table),
                FieldSpec::longText(indicators::description,
                                    QT_TRANSLATE_NOOP("lk::Fields", "How it is measured")),
            },
        .displayField = indicators::name,
        .orderBy = QStringLiteral("name COLLATE swedish"),
        .rule = indicatorRule,
    };
    return spec;
}

const RegisterSpec& IndicatorRegisters::values() {
    static const RegisterSpec spec{
        .table = indicatorValues::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Indicator value"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New indicator value"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n indicator value(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Indicator values"),
        .fields =
            {
                FieldSpec::reference(indicatorValues::indicatorId,
                                     QT_TRANSLATE_NOOP("lk::Fields", "Indicator"), indicators::table)
                    .required(),
                FieldSpec::year(indicatorValues::year, QT_TRANSLATE_NOOP("lk::Fields", "Year")).required(),
                FieldSpec::code(indicatorValues::quarter, QT_TRANSLATE_NOOP("lk::Fields", "Year or quarter"),
                                quarterCodes)
                    .required(),
                FieldSpec::decimal(indicatorValues::value, QT_TRANSLATE_NOOP("lk::Fields", "Value"))
                    .required(),
                FieldSpec::text(indicatorValues::note, QT_TRANSLATE_NOOP("lk::Fields", "Note")),
            },
        .displayField = indicatorValues::year,
        .orderBy = QStringLiteral("year DESC, quarter DESC"),
    };
    return spec;
}

} // namespace lk
