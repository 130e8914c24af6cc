// AreaEvents: what one neighbourhood-watch area has done: each kind of event held there, how many times, and
// the latest day.
#pragma once

#include "common/result.h"
#include "register/repository.h"

#include <QDate>
#include <QList>
#include <QString>

namespace lk {

class AreaEvents {
public:
    struct Kind {
        QString code; // a code of WatchRegisters::eventKinds()
        int count = 0;
        QDate latest;
    };

    // The kinds held in the area, by code; a kind never held there is left out.
    static Result<QList<Kind>> of(const Repository& repository, qint64 areaId);
};

} // namespace lk
