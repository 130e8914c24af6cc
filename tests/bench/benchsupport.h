// What every benchmark needs: stop with the reason when a step fails (a benchmark on half its data would
// print figures that mean nothing), and time a piece of work.
#pragma once

#include "common/result.h"
#include "db/database.h"
#include "db/sql.h"
#include "demo/demodata.h"
#include "register/repository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
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

// A demo file of `scale` made in `dir`; for "region" the file LOFTESKOLLEN_REGION_FILE names when it exists,
// since making one takes about 20 s.
inline QString demoFile(const QTemporaryDir& dir, const QString& scale) {
    if (scale == QStringLiteral("region")) {
        const QString given = qEnvironmentVariable("LOFTESKOLLEN_REGION_FILE");
        if (!given.isEmpty() && QFileInfo::exists(given))
            return given;
    }
    const QString path = dir.filePath(scale + QStringLiteral(".sqlite"));
    const double ms = timed([&] {
        must(Database::createNew(path,
                                 [&scale](const Database& created) {
                                     return DemoData::fill(Repository(created.connection()), scale);
                                 }),
             "demo");
    });
    if (scale == QStringLiteral("region"))
        QTextStream(stdout) << "Made the region file in " << QString::number(ms / 1000, 'f', 1) << " s\n";
    return path;
}

} // namespace lk::bench
