#include "indicators/indicatorregisters.h"

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

QString label(const char* field) {
    return QCoreApplication::translate("lk::Fields", field);
}

// A baseline and a target each need their year and value together, the target after the baseline.
Status indicatorRule(const Record& record) {
    for (const auto& [yearField, valueField, yearLabel, valueLabel] :
         {std::tuple{"baseline_year", "baseline_value", "Baseline year", "Baseline value"},
          std::tuple{"target_year", "target_value", "Target year", "Target value"}}) {
        if (record.value(QString::fromLatin1(yearField)).isValid() !=
            record.value(QString::fromLatin1(valueField)).isValid())
            return Error{
                Text::tr("“%1” and “%2” are given together.").arg(label(yearLabel), label(valueLabel))};
    }
    const QVariant baseline = record.value(QStringLiteral("baseline_year"));
    const QVariant target = record.value(QStringLiteral("target_year"));
    if (baseline.isValid() && target.isValid() && target.toLongLong() <= baseline.toLongLong())
        return Error{Text::tr("“%1” (%2) must come after “%3” (%4).")
                         .arg(label("Target year"))
                         .arg(target.toLongLong())
                         .arg(label("Baseline year"))
                         .arg(baseline.toLongLong())};
    return {};
}

} // namespace

QString IndicatorRegisters::periodLabel(int year, int quarter) {
    return quarter == 0 ? QString::number(year) : Text::tr("%1 Q%2").arg(year).arg(quarter);
}

const RegisterSpec& IndicatorRegisters::indicators() {
    static const RegisterSpec spec{
        QStringLiteral("indicators"),
        QT_TRANSLATE_NOOP("lk::Fields", "Indicator"),
        QT_TRANSLATE_NOOP("lk::Fields", "New indicator"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n indicator(s)"),
        {
            FieldSpec::reference(QStringLiteral("municipality_id"),
                                 QT_TRANSLATE_NOOP("lk::Fields", "Municipality"),
                                 QStringLiteral("municipalities"))
                .required(),
            FieldSpec::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("lk::Fields", "Name")).required(),
            FieldSpec::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("lk::Fields", "Unit")).required(),
            FieldSpec::code(QStringLiteral("source"), QT_TRANSLATE_NOOP("lk::Fields", "Source"), sourceCodes)
                .required(),
            FieldSpec::code(QStringLiteral("direction"), QT_TRANSLATE_NOOP("lk::Fields", "Direction"),
                            directionCodes)
                .required(),
            FieldSpec::year(QStringLiteral("baseline_year"),
                            QT_TRANSLATE_NOOP("lk::Fields", "Baseline year")),
            FieldSpec::decimal(QStringLiteral("baseline_value"),
                               QT_TRANSLATE_NOOP("lk::Fields", "Baseline value")),
            FieldSpec::year(QStringLiteral("target_year"), QT_TRANSLATE_NOOP("lk::Fields", "Target year")),
            FieldSpec::decimal(QStringLiteral("target_value"),
                               QT_TRANSLATE_NOOP("lk::Fields", "Target value")),
            FieldSpec::link(QStringLiteral("focus_area_id"), QT_TRANSLATE_NOOP("lk::Fields", "Focus area"),
                            QStringLiteral("focus_areas")),
            FieldSpec::longText(QStringLiteral("description"),
                                QT_TRANSLATE_NOOP("lk::Fields", "How it is measured")),
        },
        QStringLiteral("name"),
        QStringLiteral("name COLLATE swedish"),
        {},
        indicatorRule,
    };
    return spec;
}

const RegisterSpec& IndicatorRegisters::values() {
    static const RegisterSpec spec{
        QStringLiteral("indicator_values"),
        QT_TRANSLATE_NOOP("lk::Fields", "Indicator value"),
        QT_TRANSLATE_NOOP("lk::Fields", "New indicator value"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n indicator value(s)"),
        {
            FieldSpec::reference(QStringLiteral("indicator_id"), QT_TRANSLATE_NOOP("lk::Fields", "Indicator"),
                                 QStringLiteral("indicators"))
                .required(),
            FieldSpec::year(QStringLiteral("year"), QT_TRANSLATE_NOOP("lk::Fields", "Year")).required(),
            FieldSpec::code(QStringLiteral("quarter"), QT_TRANSLATE_NOOP("lk::Fields", "Year or quarter"),
                            quarterCodes)
                .required(),
            FieldSpec::decimal(QStringLiteral("value"), QT_TRANSLATE_NOOP("lk::Fields", "Value")).required(),
            FieldSpec::text(QStringLiteral("note"), QT_TRANSLATE_NOOP("lk::Fields", "Note")),
        },
        QStringLiteral("year"),
        QStringLiteral("year DESC, quarter DESC"),
        {},
        {},
    };
    return spec;
}

} // namespace lk
