// AuditLog: records who changed which record, when, and its values before and after.
#pragma once

#include "common/result.h"
#include "register/record.h"
#include "register/registerspec.h"

#include <QSqlDatabase>

#include <optional>

namespace lk {

class AuditLog {
public:
    // The operating-system account, which is who the law asks for; "unknown" when none is set.
    static QString currentUser();

    // Call inside the transaction of the change itself, so that a change and its audit row land together.
    static Status write(const QSqlDatabase& db, const RegisterSpec& spec, const std::optional<Record>& before,
                        const std::optional<Record>& after);

    // One row for a change that is not a register record (a setting): `key` names what changed; a null JSON
    // text is stored as NULL.
    static Status writeRow(const QSqlDatabase& db, const QString& action, const QString& table,
                           const QString& key, const QString& oldJson, const QString& newJson);

    // Removes what a record's fields about a person held from every audit row of that record (they become
    // null): what was thinned or deleted must not live on in the log. Who changed what and when stays.
    static Status forgetPersonalText(const QSqlDatabase& db, const RegisterSpec& spec, const QString& uuid);
    // The same for every row of `spec` whose values named `field` = `value` (the discussions of a case, also
    // those deleted before).
    static Status forgetPersonalTextWhere(const QSqlDatabase& db, const RegisterSpec& spec,
                                          const QString& field, const QVariant& value);

    // The same as write() for an insert, from the values as stored (FieldSpec::toStorage, in the spec's
    // order), which the insert has worked out already: an import writes a quarter of a million.
    static Status writeInsert(const QSqlDatabase& db, const RegisterSpec& spec, const QString& uuid,
                              const QVariantList& stored);

    // The values as one JSON object, field by field, in storage form.
    static QString valuesJson(const RegisterSpec& spec, const Record& record);
    // The same from the values as stored, in the spec's order.
    static QString storedJson(const RegisterSpec& spec, const QVariantList& stored);
};

} // namespace lk
