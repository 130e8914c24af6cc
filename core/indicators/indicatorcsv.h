// IndicatorCsv: indicator values read from a CSV file as Swedish Excel or a statistics site saves it (";" or
// ",", UTF-8 with or without BOM or Windows-1252, decimal comma or point), through CsvImport: a preview that
// names each bad line and each column not read, then stored all together as one undoable step, or not at all.
//
// The first line names the columns: Indikator (left out when the file holds one indicator's values), År,
// Kvartal (optional: empty or 0 for the whole year, 1–4 or K1–K4), Värde, Kommentar (optional).
#pragma once

#include "common/result.h"
#include "io/csvimport.h"
#include "register/repository.h"

namespace lk {

class IndicatorCsv {
public:
    // Reads `bytes` against the municipality's indicators: each line's value new, changing a stored one or
    // already there, and its change set. `indicatorId` is the indicator a file without an Indikator column is
    // about (0 when the column is needed). An unreadable file is an error; a bad line is one of the
    // preview's errors.
    static Result<CsvImport::Preview> read(const Repository& repository, qint64 municipalityId,
                                           const QByteArray& bytes, qint64 indicatorId = 0);
};

} // namespace lk
