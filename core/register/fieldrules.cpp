#include "register/fieldrules.h"

#include "common/isodate.h"
#include "register/registerspec.h"
#include "register/registry.h"
#include "register/repository.h"

#include <QCoreApplication>

namespace lk {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::FieldRules)
};

QDate dateIn(const RegisterSpec& spec, const Record& record, const QString& field) {
    return spec.field(field).normalized(record.value(field)).toDate();
}

// The record that owns `record` as it will be once `pending` is saved, if there is one.
Result<std::optional<Record>> ownerOf(const Repository& repository, const RegisterSpec& spec,
                                      const Record& record, const ChangeSet& pending) {
    const FieldSpec* owner = spec.parentField();
    const RegisterSpec* ownerSpec = owner ? Registry::named(owner->references) : nullptr;
    const qint64 ownerId = owner ? record.value(owner->name).toLongLong() : 0;
    if (!ownerSpec || ownerId <= 0)
        return std::optional<Record>();
    for (const RowChange& row : pending.rows) {
        if (row.spec->table == ownerSpec->table && row.after && row.after->id == ownerId)
            return std::optional<Record>(*row.after);
    }
    auto found = repository.findById(*ownerSpec, ownerId);
    if (!found)
        return found.error();
    return *found;
}
} // namespace

Status FieldRules::notBefore(const RegisterSpec& spec, const Record& record, const QString& later,
                             const QString& earlier) {
    const QDate laterDate = record.value(later).toDate();
    const QDate earlierDate = record.value(earlier).toDate();
    if (laterDate.isValid() && earlierDate.isValid() && laterDate < earlierDate)
        return Error{
            Text::tr("“%1” (%2) is before “%3” (%4).")
                .arg(spec.labelOf(later), isoDate(laterDate), spec.labelOf(earlier), isoDate(earlierDate)),
            Error::Cause::Other, later};
    return {};
}

Status FieldRules::notBeforeOwner(const Repository& repository, const RegisterSpec& spec,
                                  const std::optional<Record>& before, const Record& after,
                                  const ChangeSet& pending) {
    std::optional<Record> owner;
    bool looked = false;
    for (const RegisterSpec::OwnerDate& rule : spec.notBeforeOwner) {
        const QDate date = dateIn(spec, after, rule.field);
        if (!date.isValid() || (before && dateIn(spec, *before, rule.field) == date))
            continue;
        if (!looked) {
            auto found = ownerOf(repository, spec, after, pending);
            if (!found)
                return found.error();
            owner = *found;
            looked = true;
        }
        if (!owner)
            return {};
        const RegisterSpec* ownerSpec = Registry::named(spec.parentField()->references);
        const QDate ownerDate = dateIn(*ownerSpec, *owner, rule.ownerField);
        if (ownerDate.isValid() && date < ownerDate)
            return Error{Text::tr("“%1” (%2) is before %3 (%4).")
                             .arg(spec.labelOf(rule.field), isoDate(date),
                                  QCoreApplication::translate("lk::Fields", rule.ownerLabel),
                                  isoDate(ownerDate)),
                         Error::Cause::Other, rule.field};
    }
    return {};
}

} // namespace lk
