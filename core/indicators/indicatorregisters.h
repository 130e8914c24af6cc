// IndicatorRegisters: the outcome measures the promises aim at (reported house burglaries, the share who feel
// unsafe in the centre), each with its source, unit, which direction is better, a baseline and a target, and
// its values per year or quarter.
#pragma once

#include "register/registerspec.h"

namespace lk {

class IndicatorRegisters {
public:
    static const RegisterSpec& indicators();
    // A value per year (quarter 0) or per quarter (1–4).
    static const RegisterSpec& values();

    // "2021" or "2021 K2": how a value's time reads in a list, a chart or a message.
    static QString periodLabel(int year, int quarter);
};

} // namespace lk
