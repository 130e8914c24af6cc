// CsvImport: the one way a CSV file comes into a register (indicator values, the police's lists): the file
// read as Excel or another program saved it (CsvTable), its header matched to the columns the import reads,
// in any order, and the columns it does not read named; then a preview that names every bad line, and one
// change set that is stored all together as one undoable step, or not at all. What a kind of import reads
// from a line, and what it makes of it, is its own (IndicatorCsv, RegisterCsv).
#pragma once

#include "common/result.h"
#include "io/csvtable.h"
#include "register/changeset.h"

#include <QList>
#include <QStringList>

namespace lk {

class CsvImport {
public:
    // A column an import reads: how messages name it, and what a file's header may call it (compared
    // without case, trimmed).
    struct Column {
        QString header;
        QStringList names;
        bool required = false;
    };

    enum class Outcome { Added, Changed, Unchanged };

    // One line of the file as the preview shows it.
    struct Line {
        int line = 0;      // in the file, 1-based
        QStringList cells; // under Preview::headers
        Outcome outcome = Outcome::Added;
    };

    struct Preview {
        QString encoding;    // "UTF-8", "UTF-8 with BOM" or "Windows-1252"
        QChar separator;     // ';' or ','
        QStringList unused;  // the file's columns the import does not read, as the file names them
        QStringList headers; // of each line's cells
        QList<Line> lines;   // the good lines, in the order of the file
        QStringList errors;  // "Line 4: …", in the order of the file
        ChangeSet changes;   // what storing the good lines adds and changes; not stored with any error
        int count(Outcome outcome) const;
        int added() const { return count(Outcome::Added); }
        int updated() const { return count(Outcome::Changed); }
        int unchanged() const { return count(Outcome::Unchanged); }
    };

    // A file read and its header matched against `columns`: the index in the file of each of them (-1 when
    // the file lacks it), and a preview begun with what the file is and the columns it does not use.
    struct Reading {
        CsvTable table;
        QList<int> at;
        Preview preview;
        // The cell of `row` in the file's column for columns[column], or an empty string.
        QString cell(const CsvTable::Row& row, int column) const;
        bool has(int column) const { return at.value(column, -1) >= 0; }
        // Names a bad line: "Line 4: why".
        void fail(const CsvTable::Row& row, const QString& why);
    };

    // Reads `bytes` as CSV and matches its header. An unreadable file is an error, and so is a header that
    // lacks a required column: the message names the missing ones and `example`, a header line that works.
    static Result<Reading> read(const QByteArray& bytes, const QList<Column>& columns,
                                const QString& example);
    // Closes a preview: a file with a header and no rows gets an error of its own.
    static Preview finished(Reading&& reading);
    // What storing a preview changes; refused when it names any bad line, for nothing is imported then.
    static Result<ChangeSet> changes(const Preview& preview);
    // "The file is Windows-1252, separated by “;”. 3 new, 1 changed, 0 already stored.", or why nothing
    // will be imported: the line a preview, a dialog and the command line all begin with.
    static QString summary(const Preview& preview);
    // "Not read: Källa, Kommentar 2.", or an empty string when every column is read.
    static QString unusedNote(const Preview& preview);
};

} // namespace lk
