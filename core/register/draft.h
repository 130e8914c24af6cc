// Helpers for the dialogs that save several linked records as one change set (a meeting with its attendance,
// an inspection with its checklist results): keys for the new rows, and the record as it is after an edit.
#pragma once

#include "register/repository.h"

#include <QHash>

namespace lk::draft {

// New rows get their keys before the write, so that rows in the same change set can point at them.
class Keys {
public:
    explicit Keys(const Repository& repository)
        : m_repository(repository) {}
    Result<qint64> take(const RegisterSpec& spec);

private:
    const Repository& m_repository;
    QHash<const RegisterSpec*, qint64> m_next;
};

// `before` with `values` set; an invalid value empties its field.
Record recordWith(const Record& before, const QVariantMap& values);

// The same values, once both are in their stored form.
bool sameValues(const RegisterSpec& spec, const Record& a, const Record& b);

} // namespace lk::draft
