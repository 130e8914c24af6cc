// RegisterCsv: a register's records read from a CSV file through CsvImport, for the lists the police keep of
// their traffic controls, visits, drug operations and information efforts. Its columns are the fields'
// labels (in Swedish, in English, or as the file stores them) in any order; codes are given by their label
// or their code, dates as 2021-03-15, a linked record by its name (a visit's unit), and the promise a record
// counts for, when the file has no column for it, follows from its date as in the form. A line just like a
// record already stored is left out, so that reading a file twice adds nothing the second time.
#pragma once

#include "common/result.h"
#include "io/csvimport.h"
#include "register/registerspec.h"
#include "register/repository.h"

namespace lk {

class RegisterCsv {
public:
    // The registers a CSV file can be imported into.
    static QList<const RegisterSpec*> importable();
    // The fields a file's columns can give, in the register's order (not the municipality, which the
    // import is into, nor a picture).
    static QList<const FieldSpec*> fieldsOf(const RegisterSpec& spec);
    // A field's label in Swedish, whatever language the program speaks: the police's lists are Swedish.
    static QString swedishLabel(const FieldSpec& field);
    // A header line that such a file may begin with: the fields' Swedish labels.
    static QString exampleHeader(const RegisterSpec& spec);

    // Reads `bytes` as records of `spec` of the municipality. An unreadable file is an error; a bad line is
    // one of the preview's errors.
    static Result<CsvImport::Preview> read(const Repository& repository, const RegisterSpec& spec,
                                           qint64 municipalityId, const QByteArray& bytes);
};

} // namespace lk
