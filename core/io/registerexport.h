// RegisterExport: registers' records as sheets for a spreadsheet: a sheet per register headed by its fields'
// labels, each value as a person reads it (a code by its label, a linked record by its name or date), but
// numbers as numbers and dates as dates. The window's tables and the export command both write through it.
#pragma once

#include "common/progress.h"
#include "io/sheetwriter.h"
#include "register/registerspec.h"
#include "register/repository.h"

#include <QList>

namespace lk {

class RegisterExport {
public:
    // Each register of `registers`, in that order, as a sheet of the records of one municipality (their own
    // or their owners'), or of the whole file when `municipalityId` is 0. The sheets then leave out the
    // municipality column, which would say the same on every row. Counts the rows in `progress` and stops
    // when asked (the writer, not committed, then leaves the target as it was).
    static Status write(const Repository& repository, SheetWriter& writer, qint64 municipalityId,
                        const QList<const RegisterSpec*>& registers, Progress& progress = Progress::none());

    // The fields a sheet shows: every one but pictures, and the municipality only when `withMunicipality`.
    static QList<const FieldSpec*> fieldsOf(const RegisterSpec& spec, bool withMunicipality);
    // The column of a field: its label, and whether Excel is to read it as text, a number or a date.
    static SheetWriter::Column columnOf(const FieldSpec& field);
    // The cell of a value: a date as a QDate, a number as a number, anything else as its text; a reference
    // as `linked`, the text of the record it points at.
    static QVariant cellOf(const FieldSpec& field, const QVariant& value, const QString& linked = {});
    // What a reference shows of the record it points at, from the stored value of that record's display
    // field (a meeting's date, a promise's title, a code by its label).
    static QString linkedText(const FieldSpec& reference, const QVariant& display);
};

} // namespace lk
