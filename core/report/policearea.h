// PoliceArea: the municipalities of one police area side by side, each with its period of the same name:
// every promise's assessment and the key figures, between the same two dates. What Översikt's area table and
// the area report (`report --police-area`) show; a police contact follows several municipalities at once.
#pragma once

#include "common/result.h"
#include "progress/promiseprogress.h"
#include "register/repository.h"
#include "report/keyfigures.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace lk {

struct PoliceArea {
    struct Municipality {
        Record municipality;
        std::optional<Record> period = {}; // none when it has no period of the name
        QDate from = {};                   // the dates, cut to its own period
        QDate to = {};
        QList<PromiseProgress::Line> lines = {};
        std::optional<KeyFigures> keyFigures = {};
        // The line of the promise titled `title`, or nullptr.
        const PromiseProgress::Line* line(const QString& title) const;
    };

    QString name;
    QString periodName;
    QList<Municipality> municipalities; // by name

    // The police areas the file's municipalities name, in order.
    static Result<QStringList> names(const Repository& repository);
    // The area's municipalities and each one's period named `periodName` between `from` and `to` (each
    // period's own dates when invalid). An area no municipality names is an error that lists those there are.
    static Result<PoliceArea> of(const Repository& repository, const QString& name, const QString& periodName,
                                 const QDate& from = {}, const QDate& to = {});
    // The lines of one of the area's periods, worked out before between the same dates (Översikt has its own
    // municipality's when it asks): taken as they are instead of being counted again.
    struct Known {
        qint64 periodId = 0;
        QDate from = {};
        QDate to = {};
        QList<PromiseProgress::Line> lines = {};
    };
    static Result<PoliceArea> of(const Repository& repository, const QString& name, const QString& periodName,
                                 const QDate& from, const QDate& to, const Known& known);

    // The promises' titles across the municipalities, in the order they first come (a shared template
    // gives them all the same).
    QStringList promiseTitles() const;
    // The key figures' labels across the municipalities, in the order they first come.
    QStringList keyFigureLabels() const;
};

} // namespace lk
