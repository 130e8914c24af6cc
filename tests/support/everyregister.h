// Gives every register at least one record, for the tests that go over every register (delete and undo,
// hostile text, export): a register that the demo data does not fill yet (a new one) gets a record made from
// its spec alone, so that it is covered from the day it is added.
#pragma once

#include "catchqt.h"
#include "db/sql.h"
#include "register/changeset.h"
#include "register/registry.h"
#include "register/repository.h"

#include <QDate>

namespace lk::test {

// A value that a field of this type accepts; an invalid QVariant for a field best left empty.
inline QVariant sampleValue(const Repository& repository, const FieldSpec& field) {
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
        return QStringLiteral("Prov");
    case FieldType::Integer:
    case FieldType::Decimal:
        return std::clamp<qint64>(1, field.minimum, field.maximum);
    case FieldType::Date:
        return QDate(2021, 5, 4);
    case FieldType::Code:
    case FieldType::CodeSet:
        return field.codes.first().code;
    case FieldType::Boolean:
        return false;
    case FieldType::Reference: {
        if (!field.isRequired)
            return {};
        // The table is the program's own name, never user text.
        auto first = sql::scalar(repository.database(),
                                 QStringLiteral("SELECT min(id) FROM %1").arg(field.references));
        REQUIRE(first.ok());
        return *first;
    }
    case FieldType::Image:
        return {};
    }
    return {};
}

inline void fillEmptyRegisters(const Repository& repository) {
    for (const RegisterSpec* spec : Registry::all()) {
        auto count =
            sql::scalar(repository.database(), QStringLiteral("SELECT count(*) FROM %1").arg(spec->table));
        REQUIRE(count.ok());
        if (count->toLongLong() > 0)
            continue;
        Record record;
        for (const FieldSpec& field : spec->fields) {
            if (const QVariant value = sampleValue(repository, field); value.isValid())
                record.values.insert(field.name, value);
        }
        ChangeSet changes;
        changes.insert(*spec, record);
        auto applied = repository.apply(changes);
        INFO(spec->table.toStdString() << ": " << applied.message().toStdString());
        REQUIRE(applied.ok());
    }
}

} // namespace lk::test
