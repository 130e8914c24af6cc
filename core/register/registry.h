// Registry: every register the program knows, in dependency order (a register after those it points at).
#pragma once

#include "register/registerspec.h"

#include <QList>

namespace lk {

class Registry {
public:
    static const QList<const RegisterSpec*>& all();
    static const RegisterSpec* byTable(const QString& table);
};

} // namespace lk
