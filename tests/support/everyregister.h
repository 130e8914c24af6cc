// Gives every register at least one record, for the tests that go over every register (delete and undo,
// hostile text, export): a register that the demo data does not fill yet (a new one) gets a record made from
// its spec alone, so that it is covered from the day it is added.
#pragma once

#include "catchqt.h"
#include "db/sql.h"
#include "promises/promiseregisters.h"
#include "register/changeset.h"
#include "register/commonnames.h"
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
    case FieldType::Months:
        return QStringLiteral("4,5,9,10");
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

// Adds a municipality with one record of its own in every register whose records belong to a municipality,
// each pointing only at records of that municipality: the second municipality of the tests that check what
// the window offers for the chosen one. Returns its id.
inline qint64 addMunicipalityWithOneOfEach(const Repository& repository, const QString& name) {
    qint64 municipality = 0;
    for (const RegisterSpec* spec : Registry::all()) {
        const bool isMunicipality = spec->table == PromiseRegisters::municipalities().table;
        if (!isMunicipality && !spec->belongsToMunicipality())
            continue;
        // A record like one the file holds (its values fit the register's rules), else one made from the
        // spec; either way tied only to the new municipality's records.
        auto existing = repository.list(*spec);
        REQUIRE(existing.ok());
        Record record;
        if (!existing->isEmpty())
            record.values = existing->first().values;
        for (const FieldSpec& field : spec->fields) {
            if (!record.values.contains(field.name) && field.isRequired)
                record.values.insert(field.name, sampleValue(repository, field));
            const RegisterSpec* target =
                field.type == FieldType::Reference ? Registry::named(field.references) : nullptr;
            if (field.name == common::municipalityId) {
                record.values.insert(field.name, municipality);
            } else if (target && target->belongsToMunicipality() &&
                       record.values.value(field.name).isValid()) {
                // The newest record of the target that belongs to this municipality: made just before.
                auto own = repository.listOfMunicipality(*target, municipality);
                REQUIRE(own.ok());
                if (own->isEmpty())
                    record.values.remove(field.name);
                else
                    record.values.insert(field.name, own->last().id);
            }
        }
        if (isMunicipality)
            record.values.insert(municipalities::name, name);
        ChangeSet changes;
        changes.insert(*spec, record);
        auto applied = repository.apply(changes);
        INFO(spec->table.toStdString() << ": " << applied.message().toStdString());
        REQUIRE(applied.ok());
        if (isMunicipality)
            municipality = applied->rows.first().after->id;
    }
    return municipality;
}

} // namespace lk::test
