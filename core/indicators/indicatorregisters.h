// IndicatorRegisters: the outcome measures the promises aim at (reported house burglaries, the share who feel
// unsafe in the centre), each with its source, unit, which direction is better, a baseline and a target, and
// its values per year or quarter.
#pragma once

#include "promises/commonfields.h"
#include "register/registerspec.h"

namespace lk {

// The tables and their fields, each name written once: the specs, pages, drafts, demo data and reports
// name them through these constants.
namespace indicators {
inline constexpr Name table{u"indicators"};
using common::municipalityId;
inline constexpr Name name{u"name"};
inline constexpr Name unit{u"unit"};
inline constexpr Name source{u"source"};
inline constexpr Name direction{u"direction"};
inline constexpr Name baselineYear{u"baseline_year"};
inline constexpr Name baselineValue{u"baseline_value"};
inline constexpr Name targetYear{u"target_year"};
inline constexpr Name targetValue{u"target_value"};
inline constexpr Name focusAreaId{u"focus_area_id"};
inline constexpr Name description{u"description"};
} // namespace indicators

namespace indicatorValues {
inline constexpr Name table{u"indicator_values"};
inline constexpr Name indicatorId{u"indicator_id"};
inline constexpr Name year{u"year"};
inline constexpr Name quarter{u"quarter"};
inline constexpr Name value{u"value"};
inline constexpr Name note{u"note"};
} // namespace indicatorValues

class IndicatorRegisters {
public:
    static const RegisterSpec& indicators();
    // A value per year (quarter 0) or per quarter (1–4).
    static const RegisterSpec& values();

    // "2021" or "2021 K2": how a value's time reads in a list, a chart or a message.
    static QString periodLabel(int year, int quarter);
};

} // namespace lk
