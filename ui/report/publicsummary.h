// PublicSummary: "Följ med i hur det går!", the page a municipality puts on its website: one self-contained
// HTML file (its style and charts inside it) with each promise, its state and its key numbers. It reads only
// what is public: the promises' own wording, counts and charts. No status comment, report text, case, meeting
// note or name goes into it.
#pragma once

#include "common/result.h"
#include "report/reportfigures.h"

#include <QByteArray>

namespace lk {

class PublicSummary {
public:
    static Result<QByteArray> build(const Repository& repository, const ReportScope& scope);
};

} // namespace lk
