// PromiseRegisters: the descriptions of municipalities, periods, focus areas, promises, targets and statuses.
#pragma once

#include "promises/commonfields.h"
#include "register/registerspec.h"
#include "register/repository.h"

namespace lk {

// The tables and their fields, each name written once: the specs, pages, drafts, demo data and reports
// name them through these constants.
namespace municipalities {
inline constexpr Name table{u"municipalities"};
inline constexpr Name name{u"name"};
inline constexpr Name policeArea{u"police_area"};
inline constexpr Name reportSender{u"report_sender"};
inline constexpr Name publicContact{u"public_contact"};
inline constexpr Name reportUrl{u"report_url"};
} // namespace municipalities

namespace periods {
inline constexpr Name table{u"periods"};
using common::municipalityId;
inline constexpr Name name{u"name"};
inline constexpr Name startDate{u"start_date"};
inline constexpr Name endDate{u"end_date"};
} // namespace periods

namespace focusAreas {
inline constexpr Name table{u"focus_areas"};
inline constexpr Name periodId{u"period_id"};
inline constexpr Name sortOrder{u"sort_order"};
inline constexpr Name title{u"title"};
inline constexpr Name situation{u"situation"};
} // namespace focusAreas

namespace promises {
inline constexpr Name table{u"promises"};
inline constexpr Name focusAreaId{u"focus_area_id"};
inline constexpr Name sortOrder{u"sort_order"};
inline constexpr Name title{u"title"};
inline constexpr Name aim{u"aim"};
inline constexpr Name text{u"text"};
inline constexpr Name responsible{u"responsible"};
inline constexpr Name reportText{u"report_text"};
inline constexpr Name nextSteps{u"next_steps"};
} // namespace promises

namespace targets {
inline constexpr Name table{u"targets"};
using common::promiseId;
inline constexpr Name counted{u"counted"};
inline constexpr Name quantity{u"quantity"};
inline constexpr Name per{u"per"};
inline constexpr Name unit{u"unit"};
inline constexpr Name source{u"source"};
inline constexpr Name eachUnit{u"each_unit"};
inline constexpr Name onlyKind{u"only_kind"};
inline constexpr Name months{u"months"};
} // namespace targets

namespace promiseStatuses {
inline constexpr Name table{u"promise_statuses"};
using common::promiseId;
inline constexpr Name reportedOn{u"reported_on"};
inline constexpr Name status{u"status"};
inline constexpr Name comment{u"comment"};
} // namespace promiseStatuses

class PromiseRegisters {
public:
    static const RegisterSpec& municipalities();
    static const RegisterSpec& periods();
    static const RegisterSpec& focusAreas();
    static const RegisterSpec& promises();
    static const RegisterSpec& targets();
    static const RegisterSpec& statuses();
    // Who is responsible: the municipality, the police or both; information efforts use the same scale.
    static const QList<CodeOption>& responsibleCodes();

    // The promises of a period, focus area by focus area in the user's order.
    static Result<QList<Record>> promisesOf(const Repository& repository, qint64 periodId);
    // How many promises the period has, counted in the file.
    static Result<int> promiseCount(const Repository& repository, qint64 periodId);
    // The municipality's period that a date falls in (the latest starting one when periods overlap).
    static Result<std::optional<Record>> periodAt(const Repository& repository, qint64 municipalityId,
                                                  const QDate& date);
    // The period a promise belongs to (nothing when the promise is gone).
    // The municipality a period belongs to; 0 when there is no such period (or it cannot be read).
    static qint64 municipalityOf(const Repository& repository, qint64 periodId);
    static Result<std::optional<Record>> periodOfPromise(const Repository& repository, qint64 promiseId);
};

} // namespace lk
