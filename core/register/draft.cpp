#include "register/draft.h"

namespace lk::draft {

Result<qint64> Keys::take(const RegisterSpec& spec) {
    if (!m_next.contains(&spec)) {
        auto next = m_repository.nextId(spec);
        if (!next)
            return next.error();
        m_next.insert(&spec, *next);
    }
    return m_next[&spec]++;
}

Record recordWith(const Record& before, const QVariantMap& values) {
    Record after = before;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.value().isValid())
            after.values.insert(it.key(), it.value());
        else
            after.values.remove(it.key());
    }
    return after;
}

bool sameValues(const RegisterSpec& spec, const Record& a, const Record& b) {
    return spec.normalized(a).values == spec.normalized(b).values;
}

} // namespace lk::draft
