// InspectionDraft: one tobacco inspection as its dialog edits it: the inspection and a result for each
// checklist point, saved as one undoable step.
#pragma once

#include "common/result.h"
#include "register/changeset.h"
#include "register/repository.h"

#include <QDate>
#include <QList>
#include <QVariantMap>

namespace lk {

struct InspectionDraft {
    struct Row {
        qint64 pointId = 0;
        QString title;
        QString result = QStringLiteral("ok"); // ok / brist / ej_kontrollerat
        QString note;
        QString uuid; // the stored result; empty for a new one
    };

    QString uuid;       // empty for a new inspection
    QVariantMap values; // the inspection's fields
    QList<Row>
        rows; // the points in use, in their order, and any other point this inspection has a result for

    static Result<InspectionDraft> load(const Repository& repository, const QString& inspectionUuid);
    // A new inspection of `retailerId` today: ordinary, unannounced, every point in use "ok".
    static Result<InspectionDraft> startNew(const Repository& repository, qint64 retailerId,
                                            const QDate& today);

    int count(const QString& result) const;
    // Everything that differs from the file, the inspection before its results.
    Result<ChangeSet> changes(const Repository& repository) const;
};

} // namespace lk
