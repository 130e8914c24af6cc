// OpenFailure: what the window says when a file does not open, and the way on it offers: to look at a file
// another window holds without changing it, or to put the newest backup in the place of a file that cannot be
// read.
#pragma once

#include "common/result.h"

#include <QString>

class QWidget;

namespace lk {

class OpenFailure {
public:
    enum class Choice { Nothing, ReadOnly, NewestBackup };
    struct Answer {
        Choice choice = Choice::Nothing;
        QString backup; // for NewestBackup
    };

    // Shows `error` for `path`, with the offers that fit it; returns what the user chose.
    static Answer ask(QWidget* parent, const QString& path, const Error& error);
};

} // namespace lk
