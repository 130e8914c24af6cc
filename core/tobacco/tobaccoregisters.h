// TobaccoRegisters: the tobacco retailers, the checklist points an inspection goes through, inspections
// (tillsyn) with a result per point, and test purchases (kontrollköp).
#pragma once

#include "register/registerspec.h"

namespace lk {

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
