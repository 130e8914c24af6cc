// What every benchmark needs: stop with the reason when a step fails (a benchmark on half its data would
// print figures that mean nothing), and time a piece of work.
#pragma once

#include "common/result.h"
#include "db/sql.h"
#include "register/repository.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <cstdlib>
#include <functional>

namespace lk::bench {

template <typename T> T must(Result<T> result, const char* what) {
    if (!result) {
        QTextStream(stderr) << what << ": " << result.message() << '\n';
        std::exit(1);
    }
    return std::move(*result);
}

inline void must(const Status& status, const char* what) {
    if (!status) {
        QTextStream(stderr) << what << ": " << status.message() << '\n';
        std::exit(1);
    }
}

// Milliseconds the work took.
inline double timed(const std::function<void()>& work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

inline qint64 idOf(const Repository& repository, const QString& statement) {
    return must(sql::scalar(repository.database(), statement), "query").toLongLong();
}

} // namespace lk::bench
