// Situation: the lägesbild, the state of the unsafe places at a chosen date (each place's latest assessment
// on or before it), and what changed between two dates (a place newly assessed, rated higher or lower).
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QDate>
#include <QList>
#include <QString>

namespace lk {

class Situation {
public:
    struct PlaceState {
        qint64 placeId = 0;
        QString uuid;
        QString name;
        QString address;
        QString category;
        QString level; // hog, medel, lag; empty for a place never assessed
        QDate assessedOn;
        QString source;
    };

    enum class Change { New, Higher, Lower };
    struct PlaceChange {
        PlaceState now;
        QString before; // the level at the earlier date, empty for a new place
        Change change;
    };

    // Every place of the municipality assessed on or before `date`, plus those never assessed (just entered),
    // the most unsafe first and then by name.
    static Result<QList<PlaceState>> at(const Repository& repository, qint64 municipalityId,
                                        const QDate& date);
    // The places whose level on `to` differs from the one on `from`: newly assessed, higher or lower.
    static Result<QList<PlaceChange>> changes(const Repository& repository, qint64 municipalityId,
                                              const QDate& from, const QDate& to);
    // The same from the places' states on the two dates, for a caller that holds them already (the key
    // figures count the places on `to` too).
    static QList<PlaceChange> changes(const QList<PlaceState>& before, const QList<PlaceState>& after);
    // SQL for the id of a place's latest assessment on or before a date bound as `?` (on the same day the one
    // entered last), the place being `places` under the alias `place`: what both the lägesbild and the map's
    // pins rate a place by.
    static QString latestAssessment(const QString& place);
    // 0 for high, 1 medium, 2 low, 3 not assessed: the order of the lägesbild.
    static int rank(const QString& level);
};

} // namespace lk
