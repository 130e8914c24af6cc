// TobaccoRegisters: the tobacco retailers, the checklist points an inspection goes through, inspections
// (tillsyn) with a result per point, and test purchases (kontrollköp).
#pragma once

#include "promises/commonfields.h"
#include "register/registerspec.h"

namespace lk {

// The tables and their fields, each name written once: the specs, pages, drafts, demo data and reports
// name them through these constants.
namespace retailers {
inline constexpr Name table{u"retailers"};
using common::municipalityId;
inline constexpr Name name{u"name"};
inline constexpr Name orgNumber{u"org_number"};
inline constexpr Name address{u"address"};
inline constexpr Name hasPermit{u"has_permit"};
inline constexpr Name permitNumber{u"permit_number"};
inline constexpr Name permitOn{u"permit_on"};
inline constexpr Name sellsFolkol{u"sells_folkol"};
inline constexpr Name sellsEcigarettes{u"sells_ecigarettes"};
inline constexpr Name sellsNicotine{u"sells_nicotine"};
inline constexpr Name status{u"status"};
} // namespace retailers

namespace checklistPoints {
inline constexpr Name table{u"checklist_points"};
inline constexpr Name sortOrder{u"sort_order"};
inline constexpr Name title{u"title"};
inline constexpr Name retired{u"retired"};
} // namespace checklistPoints

namespace testPurchases {
inline constexpr Name table{u"test_purchases"};
inline constexpr Name retailerId{u"retailer_id"};
inline constexpr Name madeOn{u"made_on"};
inline constexpr Name madeAt{u"made_at"};
inline constexpr Name till{u"till"};
inline constexpr Name buyerAge{u"buyer_age"};
inline constexpr Name outcome{u"outcome"};
inline constexpr Name informedOn{u"informed_on"};
inline constexpr Name dialogueOn{u"dialogue_on"};
inline constexpr Name dialogueNote{u"dialogue_note"};
using common::promiseId;
} // namespace testPurchases

namespace inspections {
inline constexpr Name table{u"inspections"};
inline constexpr Name retailerId{u"retailer_id"};
inline constexpr Name heldOn{u"held_on"};
inline constexpr Name kind{u"kind"};
inline constexpr Name announced{u"announced"};
inline constexpr Name organisations{u"organisations"};
inline constexpr Name findings{u"findings"};
inline constexpr Name decision{u"decision"};
inline constexpr Name decidedOn{u"decided_on"};
inline constexpr Name groundPurchaseId{u"ground_purchase_id"};
inline constexpr Name followUpOn{u"follow_up_on"};
using common::promiseId;
} // namespace inspections

namespace inspectionResults {
inline constexpr Name table{u"inspection_results"};
inline constexpr Name inspectionId{u"inspection_id"};
inline constexpr Name pointId{u"point_id"};
inline constexpr Name result{u"result"};
inline constexpr Name note{u"note"};
} // namespace inspectionResults

class TobaccoRegisters {
public:
    static const RegisterSpec& retailers();
    static const RegisterSpec& checklistPoints();
    static const RegisterSpec& testPurchases();
    static const RegisterSpec& inspections();
    static const RegisterSpec& inspectionResults();

    // A Swedish organisation number: ten digits (NNNNNN-NNNN), the last a Luhn check digit, the third 2 or
    // more (a company; a sole trader's number is the owner's personnummer). An empty text is no error here.
    static Status checkOrganisationNumber(const QString& number);
    // Why a test purchase cannot ground a decision: the message the program gives wherever someone tries.
    static QString testPurchaseRule();
};

} // namespace lk
