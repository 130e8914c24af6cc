// RegisterSpec: the description of one register (table, fields, rules) that the shared mechanism works from.
#pragma once

#include "common/result.h"
#include "register/fieldspec.h"
#include "register/name.h"
#include "register/record.h"

#include <QList>
#include <QString>

#include <functional>

namespace lk {

// Built with designated initializers (.table = retailers::table, .fields = {…}), so that a member added later
// shifts nothing.
struct RegisterSpec {
    QString table = {};
    const char* singular = nullptr;  // "Promise": English source text in the "lk::Fields" context
    const char* newTitle = nullptr;  // "New promise": the title of the dialog that adds one, same context
    const char* countText = nullptr; // "%n promise(s)": how many, with plural forms, same context
    const char* plural = nullptr; // "Promises": the register as a whole (a spreadsheet's sheet), same context
    QList<FieldSpec> fields = {};
    QString displayField = {}; // what shows when another record points at one of these
    QString orderBy = {};      // the natural order of a list, as column names ("sort_order")
    QString sortField = {};    // a field holding the user's manual order, if any
    // Checks across fields (an end date after a start date); single fields are checked from their spec. Gets
    // this spec, to name fields by their labels.
    std::function<Status(const RegisterSpec&, const Record&)> rule = {};
    // Fills in what follows from other fields (an action marked done gets today as its done date), before the
    // rule runs, wherever the record comes from.
    std::function<void(Record&)> derive = {};
    // What an import may change of a stored record: gets the stored record and the one read, and returns what
    // to store, or an error that refuses the whole import (an older export that would bring back the text of
    // a thinned case).
    std::function<Result<Record>(const class Repository&, const Record& stored, Record incoming)> onImport =
        {};
    // The date by which a promise's target counts a record: when an activity took place (held_on,
    // visited_on), or when a lasting thing started (a neighbourhood-watch area's started_on, for "new areas
    // in the period"). A register with it joins Registry::countedSources(). Which promise a record counts
    // for follows from countsByLink().
    QString dateField = {};
    // A date that may not lie before a date of the record that owns this one (an action's due date and its
    // meeting's date), checked when the user enters or changes it: `ownerLabel` names the owner's date in the
    // message ("the meeting's date"), English source text in the "lk::Fields" context.
    struct OwnerDate {
        QString field;
        QString ownerField;
        const char* ownerLabel = "";
    };
    QList<OwnerDate> notBeforeOwner = {};

    // The field of that name, which the program wrote: one that is not in this register is a programming
    // error, reported through NameCheck (an assertion in a debug build, a failing test), and gives an empty
    // field so that a user's window still works.
    const FieldSpec& field(const QString& name) const;
    // The field of that name, or nullptr: for names that come from outside (the keys of an imported record).
    const FieldSpec* findField(const QString& name) const;
    // The SQL condition that a row (as `alias`) belongs to the municipality bound to its one ? mark: by its
    // own municipality_id, or through the records that own it (a test purchase through its retailer, a
    // promise through its focus area and period); true for every row of a register of no municipality.
    QString municipalityCondition(const QString& alias = QStringLiteral("t")) const;
    // Whether its records belong to one municipality, by their own municipality_id or through their owners.
    bool belongsToMunicipality() const;
    // Whether a target counts only the records linked to its promise (an activity with the counts-for
    // field, done for one promise), or every record of the promise's municipality (a register without it,
    // such as the areas: see TargetProgress).
    bool countsByLink() const;
    // The field's label in the user's language.
    QString labelOf(const QString& name) const { return field(name).displayLabel(); }
    // The first owning reference: the record that owns this one (a promise's focus area).
    const FieldSpec* parentField() const;
    QString displayName() const;
    QString newRecordTitle() const;
    QString countOf(int count) const;
    // The register as a whole ("Trafikkontroller"), in the user's language; its singular when it has none.
    QString pluralName() const;

    // The record with each value in its in-memory form (dates as QDate) and empty values left out, as
    // Repository::find returns it.
    Record normalized(Record record) const;

    // Checks every field and the register's rule; the message names the field by its label.
    Status validate(const Record& record) const;
    // Every problem validate() would find, not only the first: each field's (with the field's name in
    // Error::field) and each unknown field's; the rule's when there is none of those. A form shows them all.
    QList<Error> problems(const Record& record) const;
    // The fields whose values are allowed but seldom meant (0 vehicles checked, FieldSpec::doubtfulWhenZero),
    // for a form to ask about once before saving.
    QList<const FieldSpec*> doubtful(const Record& record) const;
};

} // namespace lk
