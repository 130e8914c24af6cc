// IndicatorCsv: indicator values read from a CSV file as Swedish Excel or a statistics site saves it (";" or
// ",", UTF-8 with or without BOM or Windows-1252, decimal comma or point), first as a preview that names each
// bad line, then stored all together as one undoable step, or not at all.
//
// The first line names the columns: Indikator (left out when the file holds one indicator's values), År,
// Kvartal (optional: empty or 0 for the whole year, 1–4 or K1–K4), Värde, Kommentar (optional).
#pragma once

#include "common/result.h"
#include "register/changeset.h"
#include "register/repository.h"

#include <QList>
#include <QStringList>
#include <QVariant>

namespace lk {

class IndicatorCsv {
public:
    struct Row {
        int line = 0;
        qint64 indicatorId = 0;
        QString indicator; // its name, as stored
        int year = 0;
        int quarter = 0; // 0: the whole year
        double value = 0;
        QString note;
        Record stored; // the value this one replaces (id 0 when it is new)
        bool isNew() const { return stored.id == 0; }
        bool changes() const;
    };
    struct Preview {
        QString encoding;
        QChar separator;
        QList<Row> rows;
        QStringList errors; // "Line 4: …", in the order of the file
        int added() const;
        int updated() const;
        int unchanged() const;
    };

    // Reads `bytes` against the municipality's indicators. `indicatorId` is the indicator a file without an
    // Indikator column is about (0 when the column is needed). An unreadable file is an error; a bad line is
    // one of the preview's errors.
    static Result<Preview> read(const Repository& repository, qint64 municipalityId, const QByteArray& bytes,
                                qint64 indicatorId = 0);
    // What storing a preview without errors changes: new values and changed ones; nothing for the rest.
    static Result<ChangeSet> changes(const Repository& repository, const Preview& preview);
};

} // namespace lk
