// WatchRegisters: neighbourhood watch (grannsamverkan): the areas, each with its households, contact persons
// and status, and what happens in them: trainings, start-up and annual meetings, newsletters and fire-safety
// information.
#pragma once

#include "register/registerspec.h"

namespace lk {

class WatchRegisters {
public:
    static const RegisterSpec& areas();
    static const RegisterSpec& events();

    // The kinds of event: a target may count only one of them ("four trainings a year").
    static const QList<CodeOption>& eventKinds();
    // Why the main contact's name and phone number are not stored: the message wherever someone tries.
    static QString consentRule();
};

} // namespace lk
