// TerminalProgress: a command's progress as one line on stderr, rewritten in place ("Importing the records:
// 45 % (112 000 of 247 016)"), only when stderr is a terminal: output piped or sent to a file gets nothing
// extra. The line is wiped before the command says anything else.
#pragma once

#include "common/progress.h"

#include <QTextStream>

#include <memory>

namespace lk {

class TerminalProgress : public Progress {
public:
    explicit TerminalProgress(QTextStream& err);
    ~TerminalProgress() override;

    // Whether the program's stderr is a terminal (a console window on Windows).
    static bool stderrIsTerminal();

    // Runs `job` with a progress line on `err` when stderr is a terminal, wiped when it returns.
    template <typename Job> static auto run(QTextStream& err, Job&& job) {
        std::unique_ptr<Progress> progress =
            stderrIsTerminal() ? std::make_unique<TerminalProgress>(err) : std::make_unique<Progress>();
        return job(*progress);
    }

    // The line as shown.
    QString line() const;

protected:
    void show() override;

private:
    void wipe();

    QTextStream& m_err;
    qsizetype m_shown = 0; // characters on the line now
};

} // namespace lk
