#include "io/csvsheet.h"

#include "common/isodate.h"

#include <QCoreApplication>

namespace lk {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::CsvSheet)
};
} // namespace

CsvSheet::CsvSheet(const QString& path)
    : m_writer(path) {}

QString CsvSheet::textOf(Kind kind, const QVariant& cell) {
    if (!cell.isValid() || cell.isNull())
        return {};
    switch (kind) {
    case Kind::Date:
        return cell.metaType().id() == QMetaType::QDate ? isoDate(cell.toDate()) : cell.toString();
    case Kind::Integer:
    case Kind::Decimal: {
        bool number = false;
        const double value = cell.toDouble(&number);
        if (!number)
            return cell.toString();
        // Without a group separator, with Swedish Excel's decimal comma: "1234,5" is read as a number.
        return QString::number(value, 'g', 15).replace(u'.', u',');
    }
    case Kind::Text:
        break;
    }
    return cell.toString();
}

Status CsvSheet::addSheet(const QString&, const QList<Column>& columns) {
    if (m_error)
        return *m_error;
    if (m_open) {
        m_error = Error{Text::tr("A CSV file holds one table only: choose one register, or write an Excel "
                                 "workbook (.xlsx) for several.")};
        return *m_error;
    }
    if (Status opened = m_writer.open(); !opened) {
        m_error = opened.error();
        return *m_error;
    }
    m_open = true;
    m_columns = columns;
    QStringList headers;
    for (const Column& column : columns)
        headers << column.header;
    m_writer.writeRow(headers);
    return {};
}

Status CsvSheet::addRow(const QVariantList& cells) {
    if (m_error)
        return *m_error;
    if (!m_open)
        return Error{QStringLiteral("CsvSheet::addRow before addSheet")};
    QStringList texts;
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        texts << textOf(m_columns.at(c).kind, cells.value(c));
    m_writer.writeRow(texts);
    return {};
}

Status CsvSheet::commit() {
    if (m_error)
        return *m_error;
    if (!m_open) {
        if (Status opened = m_writer.open(); !opened)
            return opened;
    }
    return m_writer.commit();
}

} // namespace lk
