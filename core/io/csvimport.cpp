#include "io/csvimport.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace lk {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::CsvImport)
};
} // namespace

int CsvImport::Preview::count(Outcome outcome) const {
    return int(std::count_if(lines.cbegin(), lines.cend(),
                             [outcome](const Line& line) { return line.outcome == outcome; }));
}

QString CsvImport::Reading::cell(const CsvTable::Row& row, int column) const {
    return CsvTable::cell(row, at.value(column, -1));
}

void CsvImport::Reading::fail(const CsvTable::Row& row, const QString& why) {
    preview.errors << Text::tr("Line %1: %2").arg(row.line).arg(why);
}

Result<CsvImport::Reading> CsvImport::read(const QByteArray& bytes, const QList<Column>& columns,
                                           const QString& example) {
    auto table = CsvTable::read(bytes);
    if (!table)
        return table.error();
    Reading reading;
    reading.table = std::move(*table);
    const CsvTable& file = reading.table;
    QStringList missing;
    QSet<int> used;
    for (const Column& column : columns) {
        const int at = file.column(column.names);
        reading.at << at;
        if (at >= 0)
            used.insert(at);
        else if (column.required)
            missing << column.header;
    }
    if (!missing.isEmpty())
        return Error{Text::tr("Line %1 names the columns, but %2 is missing. The first line must name them, "
                              "for example: %3")
                         .arg(file.headerLine)
                         .arg(missing.join(QStringLiteral(", ")), example)};
    Preview& preview = reading.preview;
    preview.encoding = file.encoding;
    preview.separator = file.separator;
    // Said, never passed over in silence: a column the user meant to bring in ("Källa") that goes nowhere.
    for (int i = 0; i < file.header.size(); ++i) {
        if (!used.contains(i) && !file.header.at(i).isEmpty())
            preview.unused << file.header.at(i);
    }
    return reading;
}

CsvImport::Preview CsvImport::finished(Reading&& reading) {
    Preview preview = std::move(reading.preview);
    if (preview.lines.isEmpty() && preview.errors.isEmpty())
        preview.errors << Text::tr("The file names its columns but holds no rows below them.");
    if (!preview.errors.isEmpty())
        preview.changes = {};
    return preview;
}

Result<ChangeSet> CsvImport::changes(const Preview& preview) {
    if (!preview.errors.isEmpty())
        return Error{Text::tr("The file has %n line(s) with errors; nothing was imported.", "",
                              int(preview.errors.size()))};
    return preview.changes;
}

QString CsvImport::summary(const Preview& preview) {
    const QString file =
        Text::tr("The file is %1, separated by “%2”.").arg(preview.encoding, preview.separator);
    if (!preview.errors.isEmpty())
        return file + u' ' +
               Text::tr("%n line(s) cannot be read, so nothing will be imported: correct the file and import "
                        "it again.",
                        "", int(preview.errors.size()));
    return file + u' ' +
           Text::tr("%1 new, %2 changed, %3 already stored.")
               .arg(preview.added())
               .arg(preview.updated())
               .arg(preview.unchanged());
}

QString CsvImport::unusedNote(const Preview& preview) {
    if (preview.unused.isEmpty())
        return {};
    return Text::tr("%n column(s) of the file not read: %1.", "", int(preview.unused.size()))
        .arg(preview.unused.join(QStringLiteral(", ")));
}

} // namespace lk
