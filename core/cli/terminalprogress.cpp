#include "cli/terminalprogress.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cstdio>

// Qt's own platform header brings isatty (unistd.h) on Unix and _isatty (io.h) on Windows: the program
// names no system header of its own.
#include <qplatformdefs.h>

namespace lk {

TerminalProgress::TerminalProgress(QTextStream& err)
    : m_err(err) {}

TerminalProgress::~TerminalProgress() {
    wipe();
}

bool TerminalProgress::stderrIsTerminal() {
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

QString TerminalProgress::line() const {
    if (total() <= 0)
        return phase() + QStringLiteral(" …");
    return QCoreApplication::translate("lk::TerminalProgress", "%1: %2 % (%3 of %4)")
        .arg(phase())
        .arg(done() * 100 / total())
        .arg(amount(done()), amount(total()));
}

void TerminalProgress::show() {
    const QString text = line();
    // Spaces over what is left of a longer line before; \r goes back to the line's start.
    m_err << '\r' << text << QString(std::max<qsizetype>(m_shown - text.size(), 0), u' ');
    m_err.flush();
    m_shown = text.size();
}

void TerminalProgress::wipe() {
    if (m_shown == 0)
        return;
    m_err << '\r' << QString(m_shown, u' ') << '\r';
    m_err.flush();
    m_shown = 0;
}

} // namespace lk
