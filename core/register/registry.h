// Registry: every register the program knows, in dependency order (a register after those it points at).
#pragma once

#include "register/registerspec.h"

#include <QList>

namespace lk {

class Registry {
public:
    static const QList<const RegisterSpec*>& all();
    // The registers a promise's target can count (a target's "Counted from"), by table, with what is
    // counted; a register with a dateField joins by adding itself here (an activity by the day it took
    // place, a lasting thing such as an area by the day it started).
    static const QList<CodeOption>& countedSources();
    // The register of that table, or nullptr (for a table named in a file or an import).
    static const RegisterSpec* byTable(const QString& table);
    // The register of a table the program itself names (a reference's target, a pin's register): one that
    // is not registered is a programming error, reported through NameCheck, and gives nullptr.
    static const RegisterSpec* named(const QString& table);
    // Every register's table, in the same order.
    static QStringList tables();
};

} // namespace lk
