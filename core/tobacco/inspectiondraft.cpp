#include "tobacco/inspectiondraft.h"

#include "register/draft.h"
#include "tobacco/tobaccoregisters.h"

#include <QCoreApplication>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::InspectionDraft)
};

InspectionDraft::Row rowFor(qint64 pointId, const QString& title) {
    InspectionDraft::Row row;
    row.pointId = pointId;
    row.title = title;
    return row;
}

// The rows for the points in use, in their order.
Result<QList<InspectionDraft::Row>> pointsInUse(const Repository& repository) {
    auto points = repository.list(TobaccoRegisters::checklistPoints());
    if (!points)
        return points.error();
    QList<InspectionDraft::Row> rows;
    for (const Record& point : *points) {
        if (!point.value(checklistPoints::retired).toBool())
            rows.append(rowFor(point.id, point.value(checklistPoints::title).toString()));
    }
    return rows;
}

} // namespace

Result<InspectionDraft> InspectionDraft::startNew(const Repository& repository, qint64 retailerId,
                                                  const QDate& today) {
    InspectionDraft draft;
    draft.values = {{inspections::retailerId, retailerId},
                    {inspections::heldOn, today},
                    {inspections::kind, QStringLiteral("ordinarie")},
                    {inspections::announced, false},
                    {inspections::decision, QStringLiteral("ingen")}};
    auto rows = pointsInUse(repository);
    if (!rows)
        return rows.error();
    draft.rows = *rows;
    return draft;
}

Result<InspectionDraft> InspectionDraft::load(const Repository& repository, const QString& inspectionUuid) {
    auto inspection = repository.find(TobaccoRegisters::inspections(), inspectionUuid);
    if (!inspection)
        return inspection.error();
    if (!*inspection)
        return Error{Text::tr("The inspection no longer exists.")};
    InspectionDraft draft;
    draft.uuid = inspectionUuid;
    draft.values = (*inspection)->values;
    auto rows = pointsInUse(repository);
    auto results = repository.list(TobaccoRegisters::inspectionResults(), inspectionResults::inspectionId,
                                   (*inspection)->id);
    auto points = repository.list(TobaccoRegisters::checklistPoints());
    if (!rows || !results || !points)
        return !rows ? rows.error() : !results ? results.error() : points.error();
    draft.rows = *rows;
    for (const Record& result : *results) {
        const qint64 point = result.value(inspectionResults::pointId).toLongLong();
        auto row = std::find_if(draft.rows.begin(), draft.rows.end(),
                                [point](const Row& r) { return r.pointId == point; });
        if (row == draft.rows.end()) { // a point no longer in use keeps its result here
            const auto stored = std::find_if(points->cbegin(), points->cend(),
                                             [point](const Record& p) { return p.id == point; });
            draft.rows.append(rowFor(point, stored != points->cend()
                                                ? stored->value(checklistPoints::title).toString()
                                                : QString()));
            row = std::prev(draft.rows.end());
        }
        row->result = result.value(inspectionResults::result).toString();
        row->note = result.value(inspectionResults::note).toString();
        row->uuid = result.uuid;
    }
    // A point added to the checklist after the inspection was not checked then.
    for (Row& row : draft.rows) {
        if (row.uuid.isEmpty())
            row.result = QStringLiteral("ej_kontrollerat");
    }
    return draft;
}

int InspectionDraft::count(const QString& result) const {
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [&result](const Row& row) { return row.result == result; }));
}

Result<ChangeSet> InspectionDraft::changes(const Repository& repository) const {
    const RegisterSpec& inspections = TobaccoRegisters::inspections();
    const RegisterSpec& results = TobaccoRegisters::inspectionResults();
    draft::Keys keys(repository);
    ChangeSet changes;
    Record inspection;
    if (uuid.isEmpty()) {
        auto id = keys.take(inspections);
        if (!id)
            return id.error();
        inspection.id = *id;
        changes.insert(inspections, draft::recordWith(inspection, values));
    } else {
        auto stored = repository.find(inspections, uuid);
        if (!stored)
            return stored.error();
        if (!*stored)
            return Error{Text::tr("The inspection no longer exists; nothing was saved.")};
        inspection = **stored;
        const Record after = draft::recordWith(inspection, values);
        if (!draft::sameValues(inspections, inspection, after))
            changes.update(inspections, inspection, after);
    }
    for (const Row& row : rows) {
        const QVariantMap resultValues{
            {inspectionResults::inspectionId, inspection.id},
            {inspectionResults::pointId, row.pointId},
            {inspectionResults::result, row.result},
            {inspectionResults::note, row.note.isEmpty() ? QVariant() : QVariant(row.note)}};
        if (row.uuid.isEmpty()) {
            auto id = keys.take(results);
            if (!id)
                return id.error();
            Record result;
            result.id = *id;
            changes.insert(results, draft::recordWith(result, resultValues));
            continue;
        }
        auto stored = repository.find(results, row.uuid);
        if (!stored)
            return stored.error();
        if (!*stored)
            continue;
        const Record after = draft::recordWith(**stored, resultValues);
        if (!draft::sameValues(results, **stored, after))
            changes.update(results, **stored, after);
    }
    return changes;
}

} // namespace lk
