// AreaReport: the police area's report (`lofteskollen report --police-area`): its municipalities side by side
// for one period name, as a police contact follows up several municipalities at once. A cover naming them,
// the key, every promise's assessment per municipality, the key figures per municipality, and then each
// municipality's one-page summary of its targets, as its own council report has it. PDF, ODT and HTML alike,
// through ReportDocument.
#pragma once

#include "common/result.h"
#include "register/repository.h"
#include "report/reportcharts.h"

#include <QDate>
#include <QTextDocument>

#include <memory>

namespace lk {

class AreaReport {
public:
    struct Scope {
        QString area;
        QString periodName;
        QDate from = {}; // each period's own dates when invalid
        QDate to = {};
        QDate printedOn = {};
    };

    static Result<std::unique_ptr<QTextDocument>> build(const Repository& repository, const Scope& scope,
                                                        bool numbered = true);
    static Result<QByteArray> html(const Repository& repository, const Scope& scope);
};

} // namespace lk
