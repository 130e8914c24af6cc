// RecordingProgress: a Progress that keeps everything a job showed, and can act at a step (ask to stop
// halfway), called at every thousandth of the work whatever the machine's speed.
#pragma once

#include "common/progress.h"

#include <QList>
#include <QString>

#include <functional>

namespace lk::test {

class RecordingProgress : public Progress {
public:
    struct Shown {
        QString phase;
        qint64 done = 0;
        qint64 total = 0;
    };

    RecordingProgress() { setShowEvery(0); }

    QList<Shown> shown;
    // Called after each show, with this progress.
    std::function<void(RecordingProgress&)> onShow;

    QList<Shown> of(const QString& phase) const {
        QList<Shown> in;
        for (const Shown& step : shown)
            if (step.phase == phase)
                in << step;
        return in;
    }

    // Asks to stop once the phase `phase` is half done.
    void stopHalfwayThrough(const QString& phase) {
        onShow = [phase](RecordingProgress& progress) {
            if (progress.phase() == phase && progress.total() > 0 && progress.done() * 2 >= progress.total())
                progress.requestStop();
        };
    }

protected:
    void show() override {
        shown.append({phase(), done(), total()});
        if (onShow)
            onShow(*this);
    }
};

} // namespace lk::test
