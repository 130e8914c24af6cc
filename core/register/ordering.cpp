#include "register/ordering.h"

#include <QCoreApplication>

namespace lk {

namespace {

Result<QList<Record>> siblings(const Repository& repository, const RegisterSpec& spec, const Record& record) {
    const FieldSpec* parent = spec.parentField();
    return parent ? repository.list(spec, parent->name, record.value(parent->name)) : repository.list(spec);
}

} // namespace

Result<ChangeSet> Ordering::move(const Repository& repository, const RegisterSpec& spec, const QString& uuid,
                                 int delta) {
    if (spec.sortField.isEmpty())
        return Error{QCoreApplication::translate("lk::Ordering", "%1 has no order of its own.")
                         .arg(spec.displayName())};
    auto found = repository.find(spec, uuid);
    if (!found)
        return found.error();
    if (!*found)
        return ChangeSet{};
    auto all = siblings(repository, spec, **found);
    if (!all)
        return all.error();
    const QList<Record>& list = *all;
    qsizetype at = -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).uuid == uuid)
            at = i;
    }
    const qsizetype other = at + delta;
    if (at < 0 || other < 0 || other >= list.size())
        return ChangeSet{};

    // Renumber the whole sibling list, so that equal or missing positions (an import) also end up in order.
    QList<Record> reordered = list;
    reordered.swapItemsAt(at, other);
    ChangeSet changes;
    for (qsizetype i = 0; i < reordered.size(); ++i) {
        const qint64 position = i + 1;
        if (reordered.at(i).value(spec.sortField).toLongLong() == position)
            continue;
        Record after = reordered.at(i);
        after.values.insert(spec.sortField, position);
        changes.update(spec, reordered.at(i), after);
    }
    return changes;
}

} // namespace lk
