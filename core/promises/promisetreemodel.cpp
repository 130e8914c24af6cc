#include "promises/promisetreemodel.h"

#include "db/sql.h"
#include "document/document.h"
#include "promises/promiseregisters.h"
#include "register/registry.h"

#include <QCoreApplication>
#include <QHash>

namespace lk {

namespace {
// Rows of a focus area have internal id 0; a promise's internal id is its focus area's row plus one.
constexpr quintptr areaMarker = 0;
} // namespace

PromiseTreeModel::PromiseTreeModel(Document* document, QObject* parent)
    : QAbstractItemModel(parent)
    , m_document(document) {
    connect(m_document, &Document::changed, this, &PromiseTreeModel::noteChange);
    connect(m_document, &Document::tablesChangedElsewhere, this, &PromiseTreeModel::noteChange);
}

void PromiseTreeModel::noteChange(const QSet<QString>& tables) {
    // The assessments follow the targets and every register a target counts.
    bool counted = tables.contains(PromiseRegisters::targets().table) ||
                   tables.contains(PromiseRegisters::periods().table);
    for (const CodeOption& source : Registry::countedSources())
        counted = counted || tables.contains(source.code);
    if (counted || tables.contains(PromiseRegisters::focusAreas().table) ||
        tables.contains(PromiseRegisters::promises().table) ||
        tables.contains(PromiseRegisters::statuses().table))
        reload();
}

void PromiseTreeModel::setPeriod(qint64 periodId) {
    m_periodId = periodId;
    reload();
}

void PromiseTreeModel::reload() {
    const Repository repository = m_document->repository();
    QList<AreaRow> areas;
    auto areaRecords = repository.list(PromiseRegisters::focusAreas(), focusAreas::periodId, m_periodId);
    // The latest status of every promise in the period, in one query rather than one per promise.
    auto latest = sql::run(m_document->database().connection(),
                           QStringLiteral("SELECT s.promise_id, s.status FROM promise_statuses s "
                                          "JOIN promises p ON p.id = s.promise_id "
                                          "JOIN focus_areas f ON f.id = p.focus_area_id "
                                          "WHERE f.period_id = ? ORDER BY s.promise_id, s.reported_on, s.id"),
                           {m_periodId});
    // Assessed as Översikt assesses by default: from the period's start up to today, or to its end.
    QHash<qint64, const PromiseProgress::Line*> lineOf;
    Result<QList<PromiseProgress::Line>> lines = QList<PromiseProgress::Line>();
    m_assessedOn = {};
    if (auto period = repository.findById(PromiseRegisters::periods(), m_periodId); period && *period) {
        const auto [from, to] = PromiseProgress::defaultRange((*period)->value(periods::startDate).toDate(),
                                                              (*period)->value(periods::endDate).toDate());
        m_assessedOn = to;
        lines = PromiseProgress::of(repository, m_periodId, from, to);
        if (lines) {
            for (const PromiseProgress::Line& line : *lines)
                lineOf.insert(line.promise.id, &line);
        }
    }
    m_loadError.clear();
    if (!areaRecords || !latest || !lines) {
        m_loadError = !areaRecords ? areaRecords.message() : !latest ? latest.message() : lines.message();
    } else {
        QHash<qint64, QString> statusOf;
        while (latest->next())
            statusOf.insert(latest->value(0).toLongLong(), latest->value(1).toString());
        for (const Record& area : *areaRecords) {
            AreaRow row{area, {}};
            auto promises = repository.list(PromiseRegisters::promises(), promises::focusAreaId, area.id);
            if (!promises) {
                m_loadError = promises.message();
                break;
            }
            for (const Record& promise : *promises) {
                PromiseRow promiseRow{
                    promise, statusOf.value(promise.id), PromiseProgress::Light::Grey, {}, {}};
                if (const PromiseProgress::Line* line = lineOf.value(promise.id)) {
                    promiseRow.light = line->light;
                    promiseRow.explanation = PromiseProgress::explanation(*line, m_assessedOn);
                    promiseRow.disagreement = PromiseProgress::disagreement(*line);
                }
                row.promises.append(promiseRow);
            }
            areas.append(row);
        }
    }
    if (!m_loadError.isEmpty())
        m_document->reportReadFailure(m_loadError);
    // Same focus areas and promises in the same order (an edit of a title or a status): refresh in place, so
    // the selection and the open form stay. Anything else resets the model.
    const auto shape = [](const QList<AreaRow>& list) {
        QStringList uuids;
        for (const AreaRow& area : list) {
            uuids << area.record.uuid;
            for (const PromiseRow& promise : area.promises)
                uuids << promise.record.uuid;
            uuids << QString();
        }
        return uuids;
    };
    if (!areas.isEmpty() && shape(areas) == shape(m_areas)) {
        m_areas = areas;
        for (int a = 0; a < m_areas.size(); ++a) {
            const QModelIndex area = index(a, 0);
            emit dataChanged(area, area.siblingAtColumn(ColumnCount - 1));
            if (!m_areas.at(a).promises.isEmpty())
                emit dataChanged(index(0, 0, area),
                                 index(int(m_areas.at(a).promises.size()) - 1, ColumnCount - 1, area));
        }
        return;
    }
    beginResetModel();
    m_areas = areas;
    endResetModel();
}

const Record* PromiseTreeModel::recordAt(const QModelIndex& index) const {
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == areaMarker)
        return &m_areas.at(index.row()).record;
    return &m_areas.at(int(index.internalId() - 1)).promises.at(index.row()).record;
}

PromiseTreeModel::Kind PromiseTreeModel::kind(const QModelIndex& index) const {
    return index.internalId() == areaMarker ? Kind::FocusArea : Kind::Promise;
}

QString PromiseTreeModel::uuid(const QModelIndex& index) const {
    const Record* record = recordAt(index);
    return record ? record->uuid : QString();
}

qint64 PromiseTreeModel::recordId(const QModelIndex& index) const {
    const Record* record = recordAt(index);
    return record ? record->id : 0;
}

QModelIndex PromiseTreeModel::indexOf(const QString& uuid) const {
    for (int a = 0; a < m_areas.size(); ++a) {
        if (m_areas.at(a).record.uuid == uuid)
            return index(a, 0);
        const auto& promises = m_areas.at(a).promises;
        for (int p = 0; p < promises.size(); ++p) {
            if (promises.at(p).record.uuid == uuid)
                return index(p, 0, index(a, 0));
        }
    }
    return {};
}

QModelIndex PromiseTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, areaMarker);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PromiseTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == areaMarker)
        return {};
    return createIndex(int(child.internalId() - 1), 0, areaMarker);
}

int PromiseTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_areas.size());
    if (parent.column() != 0 || parent.internalId() != areaMarker)
        return 0;
    return int(m_areas.at(parent.row()).promises.size());
}

int PromiseTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant PromiseTreeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Record& record = *recordAt(index);
    if (role == UuidRole)
        return record.uuid;
    const bool isPromise = kind(index) == Kind::Promise;
    const PromiseRow* promise =
        isPromise ? &m_areas.at(int(index.internalId() - 1)).promises.at(index.row()) : nullptr;
    const QString status = promise ? promise->status : QString();
    if (role == StatusCodeRole)
        return status;
    if (role == LightRole)
        return promise ? QVariant(int(promise->light)) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return record.value(isPromise ? promises::text : focusAreas::situation);
    if (role == Qt::ToolTipRole && index.column() == AssessmentColumn)
        return promise ? promise->explanation : QString();
    if (role == Qt::ToolTipRole && index.column() == StatusColumn)
        return promise ? promise->disagreement : QString();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return record.value(isPromise ? promises::title : focusAreas::title);
    case ResponsibleColumn:
        return isPromise ? PromiseRegisters::promises()
                               .field(promises::responsible)
                               .displayText(record.value(promises::responsible))
                         : QString();
    case AssessmentColumn:
        return promise ? PromiseProgress::lightName(promise->light) : QString();
    case StatusColumn:
        if (!isPromise)
            return {};
        if (status.isEmpty())
            return tr("Not reported");
        // A status the figures contradict is marked; its tooltip says how they part.
        return QString(PromiseRegisters::statuses().field(promiseStatuses::status).codeLabel(status) +
                       (promise->disagreement.isEmpty() ? QString() : QStringLiteral(" \u26A0")));
    default:
        return {};
    }
}

QVariant PromiseTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Focus area and promise");
    case ResponsibleColumn:
        return tr("Responsible");
    case AssessmentColumn:
        return tr("Assessment");
    case StatusColumn:
        return tr("Reported status");
    default:
        return {};
    }
}

} // namespace lk
