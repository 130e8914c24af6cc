// Removal: deletes a record of any register the way every page does: it says first what goes with it.
#pragma once

#include "register/registerspec.h"

class QWidget;

namespace lk {

class Document;

class Removal {
public:
    // A record that others depend on is deleted only after the user has seen what goes with it ("with 2
    // promises, 1 target and 12 status reports"); a record on its own goes at once, as Undo brings it back.
    // Returns true when it was deleted.
    static bool confirmAndRemove(QWidget* parent, Document* document, const RegisterSpec& spec,
                                 const QString& uuid, const QString& name);
};

} // namespace lk
