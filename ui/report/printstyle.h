// printStyle: the look of the tables in a printed protocol (a safety walk's, a meeting's minutes), as in the
// council report: thin grey lines, a tinted header row, labels in grey. HTML attributes a QTextDocument
// reads.
#pragma once

#include <QString>

namespace lk::printStyle {

inline QString table() {
    return QStringLiteral("border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                          "style=\"border-color: #999999; border-style: solid; font-size: 9pt\"");
}
inline QString headRow() {
    return QStringLiteral("style=\"background-color: #e8eef4\"");
}
inline QString label() {
    return QStringLiteral("style=\"color: #555555\"");
}

} // namespace lk::printStyle
