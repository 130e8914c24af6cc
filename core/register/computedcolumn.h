// ComputedColumn: a column a table shows that no field stores, worked out in SQL from its row and other
// tables (when a retailer is next due for inspection), so that it sorts, filters and exports as a field of
// its type.
#pragma once

#include "register/fieldspec.h"

#include <QStringList>
#include <QVariantList>

namespace lk {

struct ComputedColumn {
    FieldSpec field;       // its name, type, label and codes; never edited
    QString expression;    // SQL over the row, aliased `t`, written by the program and never from user text
    QVariantList values;   // bind the expression's ? marks, in order
    QStringList dependsOn; // the other tables it reads: a change to one of them reloads the table
};

} // namespace lk
