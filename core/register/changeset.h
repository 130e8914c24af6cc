// ChangeSet: rows to insert, update or delete together; the unit of saving, auditing and undo.
#pragma once

#include "register/record.h"
#include "register/registerspec.h"

#include <QList>
#include <QSet>

#include <optional>

namespace lk {

// No `before`: an insert. No `after`: a delete. Both: an update.
struct RowChange {
    const RegisterSpec* spec = nullptr;
    std::optional<Record> before;
    std::optional<Record> after;
};

struct ChangeSet {
    QList<RowChange> rows;

    bool isEmpty() const { return rows.isEmpty(); }
    void insert(const RegisterSpec& spec, Record record) {
        rows.append({&spec, std::nullopt, std::move(record)});
    }
    void update(const RegisterSpec& spec, Record before, Record after) {
        rows.append({&spec, std::move(before), std::move(after)});
    }
    void remove(const RegisterSpec& spec, Record before) {
        rows.append({&spec, std::move(before), std::nullopt});
    }

    // The change that takes this one back: the rows in reverse order with before and after swapped.
    ChangeSet inverted() const {
        ChangeSet inverse;
        for (auto it = rows.crbegin(); it != rows.crend(); ++it)
            inverse.rows.append({it->spec, it->after, it->before});
        return inverse;
    }

    QSet<QString> tables() const {
        QSet<QString> names;
        for (const RowChange& row : rows)
            names.insert(row.spec->table);
        return names;
    }
};

} // namespace lk
