#include "register/recordtablemodel.h"

#include "common/isodate.h"
#include "db/sql.h"
#include "document/document.h"
#include "io/registerexport.h"
#include "io/sheetwriter.h"
#include "register/monthset.h"
#include "register/namecheck.h"
#include "register/registry.h"
#include "register/repository.h"
#include "search/search.h"
#include "search/searchindex.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

#include <limits>
#include <utility>

namespace lk {

RecordTableModel::RecordTableModel(Document* document, const RegisterSpec& spec, const QStringList& columns,
                                   QObject* parent, Load load)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_spec(spec) {
    for (const QString& name : columns) {
        if (const FieldSpec* field = spec.findField(name))
            m_fieldColumns.append(field);
        else
            NameCheck::missedField(spec.table, name);
    }
    m_columns = m_fieldColumns;
    connect(m_document, &Document::rowsChangedElsewhere, this,
            [this](const QString& table, const QSet<QString>& uuids) {
                if (table == m_spec.table)
                    refreshRows(uuids);
            });
    connect(m_document, &Document::changed, this, [this](const QSet<QString>& tables) {
        bool affected = tables.contains(m_spec.table);
        for (const FieldSpec* field : std::as_const(m_columns))
            affected =
                affected || (field->type == FieldType::Reference && tables.contains(field->references));
        for (const ComputedColumn& column : std::as_const(m_computed)) {
            for (const QString& table : column.dependsOn)
                affected = affected || tables.contains(table);
        }
        if (affected && m_loaded)
            reload();
    });
    if (load == Load::Now)
        reload();
}

void RecordTableModel::ensureLoaded() {
    if (!m_loaded)
        reload();
}

RecordTableModel::Deferred::Deferred(RecordTableModel* model)
    : m_model(model) {
    ++m_model->m_deferring;
}

RecordTableModel::Deferred::~Deferred() {
    if (--m_model->m_deferring == 0 && std::exchange(m_model->m_reloadWanted, false))
        m_model->reload();
}

void RecordTableModel::setCondition(const QString& condition, const QVariantList& values) {
    m_condition = condition;
    m_conditionValues = values;
    reload();
}

void RecordTableModel::setScope(qint64 municipalityId, const QDate& from, const QDate& to) {
    QString condition = m_spec.municipalityCondition();
    QVariantList values{municipalityId};
    if (from.isValid() && !m_spec.dateField.isEmpty()) {
        condition += QStringLiteral(" AND t.%1 BETWEEN ? AND ?").arg(m_spec.dateField);
        values << isoDate(from) << isoDate(to);
    }
    setCondition(condition, values);
}

void RecordTableModel::setComputedColumns(const QList<ComputedColumn>& columns) {
    beginResetModel();
    m_computed = columns;
    m_columns = m_fieldColumns;
    for (const ComputedColumn& column : std::as_const(m_computed))
        m_columns.append(&column.field);
    if (m_sortColumn >= m_columns.size())
        m_sortColumn = -1;
    // Read again within the reset: a view asking for more rows in between would get them in old columns. A
    // list not read yet stays so: it reads the new columns when it is shown or scoped.
    if (m_loaded) {
        m_total = countRows();
        m_rows = query(0, pageSize);
    }
    endResetModel();
}

qint64 RecordTableModel::countRows() const {
    QVariantList values;
    const QString countStatement = QStringLiteral("SELECT count(*)") + fromAndWhere(values);
    auto count = sql::scalar(m_document->database().connection(), countStatement, values);
    if (!count)
        m_document->reportReadFailure(count.message());
    return count ? count->toLongLong() : 0;
}

const ComputedColumn* RecordTableModel::computedOf(const FieldSpec& field) const {
    for (const ComputedColumn& column : m_computed) {
        if (&column.field == &field)
            return &column;
    }
    return nullptr;
}

QVariant RecordTableModel::valueOf(const Row& row, const FieldSpec& field) const {
    return computedOf(field) ? row.computed.value(field.name) : row.record.value(field.name);
}

void RecordTableModel::setRowTint(std::function<QColor(const Record&)> tint) {
    m_tint = std::move(tint);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_columns.size()) - 1));
}

void RecordTableModel::setParentFilter(const QString& field, const QVariant& value) {
    if (!field.isEmpty())
        m_spec.field(field); // a name the program wrote: one this register lacks is reported
    m_parentField = field;
    m_parentValue = value;
    reload();
}

void RecordTableModel::setTextFilter(const QString& text) {
    if (text == m_text)
        return;
    m_text = text;
    reload();
}

QString RecordTableModel::uuidAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).record.uuid : QString();
}

int RecordTableModel::rowOf(const QString& uuid) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).record.uuid == uuid)
            return i;
    }
    return -1;
}

int RecordTableModel::loadRowOf(const QString& uuid) {
    if (const int row = rowOf(uuid); row >= 0)
        return row;
    // Asked first, so that a record the filters hide costs one query rather than every page.
    QVariantList values;
    const QString statement =
        QStringLiteral("SELECT count(*)") + fromAndWhere(values) + QStringLiteral(" AND t.uuid = ?");
    values << uuid;
    auto found = sql::scalar(m_document->database().connection(), statement, values);
    if (!found || found->toInt() == 0)
        return -1;
    int row = -1;
    while (row < 0 && canFetchMore({})) {
        fetchMore({});
        row = rowOf(uuid);
    }
    return row;
}

int RecordTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const FieldSpec& field = *m_columns.at(index.column());
    const QVariant value = valueOf(row, field);
    switch (role) {
    case Qt::DisplayRole:
        if (field.type == FieldType::Reference)
            return row.referenced.value(field.name);
        if (field.type == FieldType::LongText) // one line in a table; the form shows it whole
            return field.displayText(value).section(u'\n', 0, 0);
        return field.displayText(value);
    case Qt::ToolTipRole:
        return field.type == FieldType::LongText ? field.displayText(value) : QVariant();
    case Qt::EditRole:
        return value;
    case Qt::TextAlignmentRole:
        return field.type == FieldType::Integer || field.type == FieldType::Decimal
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::BackgroundRole:
        if (m_tint) {
            const QColor tint = m_tint(row.record);
            if (tint.isValid())
                return tint;
        }
        return {};
    case UuidRole:
        return row.record.uuid;
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_columns.at(section)->displayLabel();
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    // Which record a row belongs to is not changed in passing, in a cell: that is a move, done in its form.
    const FieldSpec& field = *m_columns.at(index.column());
    if (m_document->isReadOnly())
        return flags;
    // Twelve month buttons do not fit in a cell: the months are edited in the record's form.
    if (field.type == FieldType::Reference || field.type == FieldType::Image ||
        field.type == FieldType::Months || field.givenByProgram || m_readOnly.contains(field.name) ||
        computedOf(field))
        return flags;
    return flags | Qt::ItemIsEditable;
}

bool RecordTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString field = m_columns.at(index.column())->name;
    const Record& shown = m_rows.at(index.row()).record;
    // The document saves, records the undo step and tells every view, this one included, to reload; only
    // over the version this row shows, so that another client's change meanwhile is not written over unseen.
    auto saved = m_document->update(m_spec, shown.uuid, {{field, value}}, shown.version);
    if (saved)
        return true;
    if (saved.error().conflict && saved.error().conflict->theirs) {
        QVariantMap mine = shown.values;
        mine.insert(field, value);
        emit editConflicted(*saved.error().conflict, mine);
    } else {
        emit editFailed(saved.message());
    }
    return false;
}

void RecordTableModel::sort(int column, Qt::SortOrder order) {
    m_sortColumn = column;
    m_sortOrder = order;
    // A view sets its order as the model is given to it: kept for the first load.
    if (m_loaded)
        reload();
}

bool RecordTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_rows.size() < m_total;
}

void RecordTableModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    const QList<Row> more = query(int(m_rows.size()), pageSize);
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

QString RecordTableModel::expressionFor(const FieldSpec& field, QVariantList& values) const {
    if (const ComputedColumn* computed = computedOf(field)) {
        values << computed->values;
        return u'(' + computed->expression + u')';
    }
    if (field.type != FieldType::Reference)
        return QStringLiteral("t.") + field.name;
    const RegisterSpec* target = Registry::named(field.references);
    const QString display = target ? target->displayField : QStringLiteral("uuid");
    return QStringLiteral("(SELECT r.") + display + QStringLiteral(" FROM ") + field.references +
           QStringLiteral(" r WHERE r.id = t.") + field.name + QStringLiteral(")");
}

QString RecordTableModel::fromAndWhere(QVariantList& values) const {
    QString clause = QStringLiteral(" FROM ") + m_spec.table + QStringLiteral(" t WHERE 1 = 1");
    if (!m_parentField.isEmpty() && m_spec.findField(m_parentField)) {
        clause += QStringLiteral(" AND t.") + m_parentField + QStringLiteral(" = ?");
        values << (m_parentValue.isValid() ? m_parentValue : QVariant(qint64(-1)));
    }
    if (!m_condition.isEmpty()) {
        clause += QStringLiteral(" AND (") + m_condition + u')';
        values << m_conditionValues;
    }
    if (!m_text.isEmpty()) {
        // Both sides case-folded (casefold() is ours, see db/sqlitefunctions.h): "örebro" finds "Örebro".
        QString escaped = m_text.toCaseFolded();
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        const QString pattern = u'%' + escaped + u'%';
        QStringList any;
        for (const FieldSpec* field : m_columns) {
            if (field->type == FieldType::CodeSet) {
                for (const CodeOption& option : field->codes) {
                    if (field->codeLabel(option.code).contains(m_text, Qt::CaseInsensitive)) {
                        any << QStringLiteral("(',' || t.") + field->name + QStringLiteral(" || ',') LIKE ?");
                        values << QString(QStringLiteral("%,") + option.code + QStringLiteral(",%"));
                    }
                }
            } else if (field->type == FieldType::Months) {
                // "okt" finds the targets whose work is done in October, as their column reads.
                for (int month = 1; month <= 12; ++month) {
                    if (MonthSet::shortName(month).contains(m_text, Qt::CaseInsensitive) ||
                        QLocale().standaloneMonthName(month).contains(m_text, Qt::CaseInsensitive)) {
                        any << QStringLiteral("(',' || t.") + field->name + QStringLiteral(" || ',') LIKE ?");
                        values << QStringLiteral("%,%1,%").arg(month);
                    }
                }
            } else if (field->type == FieldType::Code) {
                // Users search for what they see: match the translated labels, then the stored codes.
                for (const CodeOption& option : field->codes) {
                    if (field->codeLabel(option.code).contains(m_text, Qt::CaseInsensitive)) {
                        any << expressionFor(*field, values) + QStringLiteral(" = ?");
                        values << option.code;
                    }
                }
            } else if (field->type == FieldType::Decimal) {
                // SQLite reads a REAL as "12.5": "12,5" as typed in Swedish finds it too.
                any << QStringLiteral("casefold(") + expressionFor(*field, values) +
                           QStringLiteral(") LIKE ? ESCAPE '\\'");
                values << QString(pattern).replace(u',', u'.');
            } else if (field->type != FieldType::Boolean) {
                any << QStringLiteral("casefold(") + expressionFor(*field, values) +
                           QStringLiteral(") LIKE ? ESCAPE '\\'");
                values << pattern;
            }
        }
        // And the record's whole text, word by word, as Search reads it: a meeting's minutes, a case's
        // discussions are not columns of the list but are what the user remembers ("busstation").
        QVariantList searchValues;
        auto searched = SearchIndex::condition(m_document->database().connection(), m_spec,
                                               Search::words(m_text), QStringLiteral("t"), searchValues);
        if (searched && !searched->isEmpty()) {
            any << *searched;
            values << searchValues;
        }
        clause += any.isEmpty() ? QStringLiteral(" AND 1 = 0")
                                : QStringLiteral(" AND (") + any.join(QStringLiteral(" OR ")) + u')';
    }
    return clause;
}

QString RecordTableModel::orderExpression(QVariantList& values) const {
    const QString natural =
        m_spec.orderBy.isEmpty() ? QStringLiteral("t.id") : m_spec.orderBy + QStringLiteral(", t.id");
    if (m_sortColumn < 0 || m_sortColumn >= m_columns.size())
        return natural;
    const FieldSpec& field = *m_columns.at(m_sortColumn);
    QString key;
    if (field.type == FieldType::Code) {
        // Sort codes by what the user reads, in the language shown.
        key = QStringLiteral("CASE ") + expressionFor(field, values);
        for (const CodeOption& option : field.codes) {
            key += QStringLiteral(" WHEN ? THEN ?");
            values << option.code << field.codeLabel(option.code);
        }
        key += QStringLiteral(" END");
    } else {
        key = expressionFor(field, values);
    }
    // Text sorts in Swedish alphabetical order, whatever its case; dates and numbers sort as they are.
    if (field.type != FieldType::Date && field.type != FieldType::Integer &&
        field.type != FieldType::Decimal && field.type != FieldType::Boolean)
        key = u'(' + key + QStringLiteral(") COLLATE swedish");
    // Empty values first going up and last going down on both engines: PostgreSQL's default is the other
    // way round from SQLite's, and a list must not change its order with the database it reads.
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC NULLS FIRST")
                                                                : QStringLiteral(" DESC NULLS LAST");
    return key + direction + QStringLiteral(", ") + natural;
}

Status RecordTableModel::read(int offset, int limit, const std::function<Status(const Row&)>& each,
                              const QString& onlyUuid) const {
    QVariantList values;
    QStringList columns{QStringLiteral("t.id"), QStringLiteral("t.uuid"), QStringLiteral("t.updated_at"),
                        QStringLiteral("t.version")};
    // A picture is never read for a table: a page of observations with photos would read megabytes to show
    // none of them. A form reads the record whole.
    for (const FieldSpec& field : m_spec.fields)
        columns << (field.type == FieldType::Image ? QStringLiteral("NULL")
                                                   : QStringLiteral("t.") + field.name);
    QList<const FieldSpec*> references;
    for (const FieldSpec* field : m_fieldColumns) {
        if (field->type == FieldType::Reference) {
            columns << expressionFor(*field, values);
            references << field;
        }
    }
    for (const ComputedColumn& computed : m_computed)
        columns << expressionFor(computed.field, values);
    QString statement = QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + fromAndWhere(values);
    if (!onlyUuid.isEmpty()) {
        statement += QStringLiteral(" AND t.uuid = ?");
        values << onlyUuid;
    }
    statement += QStringLiteral(" ORDER BY ") + orderExpression(values) + QStringLiteral(" LIMIT ? OFFSET ?");
    // No limit is the largest one: SQLite reads a negative LIMIT as none, PostgreSQL refuses it.
    values << (limit < 0 ? std::numeric_limits<qint64>::max() : qint64(limit)) << offset;

    auto result = sql::run(m_document->database().connection(), statement, values);
    if (!result)
        return result.error();
    const int fieldCount = int(m_spec.fields.size());
    while (result->next()) {
        Row row;
        ++m_rowsRead;
        row.record = Repository::readRecord(m_spec, *result);
        for (int i = 0; i < references.size(); ++i)
            row.referenced.insert(references.at(i)->name,
                                  result->value(Repository::leadingColumns + fieldCount + i).toString());
        for (int i = 0; i < m_computed.size(); ++i) {
            const FieldSpec& field = m_computed.at(i).field;
            row.computed.insert(field.name,
                                field.normalized(result->value(Repository::leadingColumns + fieldCount +
                                                               int(references.size()) + i)));
        }
        if (Status done = each(row); !done)
            return done;
    }
    return {};
}

QList<RecordTableModel::Row> RecordTableModel::query(int offset, int limit) const {
    QList<Row> rows;
    const Status done = read(offset, limit, [&rows](const Row& row) {
        rows.append(row);
        return Status();
    });
    if (!done) {
        m_document->reportReadFailure(done.message());
        return {};
    }
    return rows;
}

Status RecordTableModel::writeTo(SheetWriter& writer, const QString& title, Progress& progress) const {
    QList<SheetWriter::Column> columns;
    for (const FieldSpec* field : m_columns)
        columns << RegisterExport::columnOf(*field);
    if (Status added = writer.addSheet(title, columns); !added)
        return added;
    // Every row in one pass, each written as it is read (a limit of -1 is none), so that a long
    // register never sits in memory whole.
    progress.begin(QCoreApplication::translate("lk::RegisterExport", "Writing the rows"), m_total);
    return read(0, -1, [&](const Row& row) {
        if (!progress.advance())
            return Status(Progress::stopped(
                QCoreApplication::translate("lk::RegisterExport", "Nothing was exported.")));
        QVariantList cells;
        for (const FieldSpec* field : m_columns) {
            const QString linked = field->type == FieldType::Reference
                                       ? RegisterExport::linkedText(*field, row.referenced.value(field->name))
                                       : QString();
            cells << RegisterExport::cellOf(*field, valueOf(row, *field), linked);
        }
        return writer.addRow(cells);
    });
}

void RecordTableModel::refreshRows(const QSet<QString>& uuids) {
    if (!m_loaded || m_deferring > 0)
        return;
    for (const QString& uuid : uuids) {
        const int at = rowOf(uuid);
        if (at < 0) {
            // Not among the rows read: new there, or on a page not read yet. Only the whole order can say
            // where a new row goes: when the count has changed, the rows read so far are read again.
            if (countRows() != m_total) {
                reload();
                return;
            }
            continue;
        }
        std::optional<Row> fresh;
        const Status done = read(
            0, 1,
            [&fresh](const Row& row) {
                fresh = row;
                return Status();
            },
            uuid);
        if (!done) {
            m_document->reportReadFailure(done.message());
            return;
        }
        if (fresh) {
            m_rows[at] = *fresh;
            emit dataChanged(index(at, 0), index(at, int(m_columns.size()) - 1));
            continue;
        }
        beginRemoveRows({}, at, at);
        m_rows.removeAt(at);
        --m_total;
        endRemoveRows();
    }
}

void RecordTableModel::reload() {
    if (m_deferring > 0) {
        m_reloadWanted = true;
        return;
    }
    m_loaded = true;
    const qint64 total = countRows();
    const int wanted = std::max<int>(pageSize, int(m_rows.size()));
    QList<Row> rows = query(0, wanted);
    m_total = total;

    // When the same records come back in the same order (an edit of one of them), the rows are refreshed in
    // place: selections and open editors survive. Anything else resets the model.
    const bool sameRecords =
        rows.size() == m_rows.size() &&
        std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                   [](const Row& a, const Row& b) { return a.record.uuid == b.record.uuid; });
    if (sameRecords && !rows.isEmpty()) {
        m_rows = rows;
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_columns.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace lk
