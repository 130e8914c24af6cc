// OgRegisters: the descriptions of Operativa gruppen's meetings, attendance, cases, case notes and action
// items.
#pragma once

#include "register/registerspec.h"

#include <QStringList>

namespace lk {

class OgRegisters {
public:
    static const RegisterSpec& meetings();
    static const RegisterSpec& attendance();
    static const RegisterSpec& cases();
    static const RegisterSpec& caseNotes();
    static const RegisterSpec& actionItems();

    // The organisations the seed names; users add others by typing them.
    static QStringList organisations();
    // The age bands under 18, for which a guardian gives consent.
    static bool isMinor(const QString& ageBand);
};

} // namespace lk
