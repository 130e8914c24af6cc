// FieldSpec: one field of a register: its column, type, label, rules and, for codes, the allowed values.
#pragma once

#include "common/decimal.h"
#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <limits>

namespace lk {

enum class FieldType {
    Text,      // one line of free text
    LongText,  // several lines of free text
    Integer,   // a whole number (counts, minutes)
    Date,      // QDate in code, ISO 8601 text in the file
    Code,      // a stable text code from a fixed list, shown by its translated label
    Reference, // the integer key of a record in another register; a UUID in exports
    Boolean,
    CodeSet, // several codes of a fixed list ("hastighet,rattfylleri" in the file; a list in exports)
    Decimal, // a decimal number (12,5 per 1000 inhabitants): a double in code, REAL in the file, a JSON
             // number
    Image,   // a PNG or JPEG picture: a QByteArray in code, a BLOB in the file, base64 text in exports
    Months,  // months of the year ("3,4,5,9,10" in the file, sorted, each once; a list of numbers in
             // exports); empty means every month
};

// One allowed value of a Code field. `label` is English source text, translated in the "lk::Codes" context.
struct CodeOption {
    QString code;
    const char* label;
};

struct FieldSpec {
    QString name; // the column; also the JSON key, except that references drop their "_id"
    FieldType type = FieldType::Text;
    const char* label = ""; // English source text, translated in the "lk::Fields" context
    bool isRequired = false;
    QList<CodeOption> codes; // Code fields only
    QString references;      // Reference fields only: the table pointed at
    bool owned = true;       // Reference fields only: deleting the record pointed at deletes this one too
    qint64 minimum = 0;      // Integer and Decimal fields only
    qint64 maximum = std::numeric_limits<int>::max(); // Image fields: the most pixels either way
    bool givenByProgram = false;                      // shown but never typed: a case code, a thinning date
    bool aboutPerson = false; // free text that may describe an individual: thinned, and kept out of the audit
                              // log once the record is gone
    QStringList suggestions;  // Text fields only: values offered while typing (organisations); others allowed
    int maxLength = 0;        // text fields: 0 means the default for the type
    bool groupDigits = true;  // Integer fields: 1 500 households, but the year 2021
    bool zeroIsDoubtful = false; // Integer fields: 0 is allowed but seldom meant (a control of 0 minutes)
    const char* help = "";       // what the field means, for its editor's tooltip: English source text in
                                 // the "lk::Fields" context
    bool searched = true;        // free text only: read by Search (Ctrl+F) and the lists' filters

    static FieldSpec text(const QString& name, const char* label);
    static FieldSpec longText(const QString& name, const char* label);
    static FieldSpec integer(const QString& name, const char* label, qint64 minimum = 0,
                             qint64 maximum = std::numeric_limits<int>::max());
    // A year, 1990–2100, written without a group separator.
    static FieldSpec year(const QString& name, const char* label);
    // A decimal number; typed as 12,5 or 12.5, shown as 12,5. The default range is ±1e12.
    static FieldSpec decimal(const QString& name, const char* label, qint64 minimum = -largestDecimal,
                             qint64 maximum = largestDecimal);
    static FieldSpec date(const QString& name, const char* label);
    static FieldSpec code(const QString& name, const char* label, const QList<CodeOption>& codes);
    // The record that owns this one (ON DELETE CASCADE): a promise's focus area.
    static FieldSpec reference(const QString& name, const char* label, const QString& table);
    // A record this one only refers to (ON DELETE SET NULL): the promise a meeting counts for.
    static FieldSpec link(const QString& name, const char* label, const QString& table);
    static FieldSpec boolean(const QString& name, const char* label);
    static FieldSpec codeSet(const QString& name, const char* label, const QList<CodeOption>& codes);
    // A PNG or JPEG picture, scaled on the way in to at most `maxSide` pixels either way.
    static FieldSpec image(const QString& name, const char* label, int maxSide);
    // The months some work is done in (March to May: "3,4,5"), shown as "mars–maj"; empty: every month.
    static FieldSpec months(const QString& name, const char* label);
    FieldSpec required() const;
    FieldSpec withSuggestions(const QStringList& values) const;
    FieldSpec describesPerson() const;
    FieldSpec readOnly() const;
    // 0 is allowed but seldom what happened (0 vehicles checked): a form asks before saving it.
    FieldSpec doubtfulWhenZero() const;
    FieldSpec withHelp(const char* text) const;
    // Free text that Search leaves out: a name from a short list written on every record (the organisations
    // at each meeting), which would make a search for "Polis" list every meeting.
    FieldSpec notSearched() const;

    QString jsonKey() const;
    QString displayLabel() const;
    // The help text, translated; empty when the field has none.
    QString displayHelp() const;
    // Free text is what a person writes; the personal-data guard reads it.
    bool isFreeText() const { return type == FieldType::Text || type == FieldType::LongText; }
    // Free text that Search (Ctrl+F) and the lists' filters read.
    bool isSearched() const { return isFreeText() && searched; }
    // The most characters a free-text field holds (maxLength, or the default for its type).
    int lengthLimit() const;
    bool isCode(const QString& code) const;
    QString codeLabel(const QString& code) const;
    // How a value reads in a list, a report or a message (codes by label, dates in ISO form).
    QString displayText(const QVariant& value) const;
    // The value in its in-memory form (QDate, qint64, double, bool, QString), or an invalid QVariant when
    // empty. An unreadable date or number stays as its text, for validate() to name.
    QVariant normalized(const QVariant& value) const;
    // Checks one value against the field's type, codes, range and length; the message names the field's
    // label.
    Status validate(const QVariant& value) const;
    // "“Vehicles checked” is 0.": why a valid value is seldom meant, or an empty string when it is plausible.
    QString doubt(const QVariant& value) const;
    // The value as stored in the file (ISO dates, integers, doubles, text) or a null QVariant.
    QVariant toStorage(const QVariant& value) const;

private:
    Status check(const QVariant& value) const;
};

} // namespace lk
