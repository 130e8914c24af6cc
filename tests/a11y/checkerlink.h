// CheckerLink: this test process's line to tests/a11y/a11y_check.py, a screen reader's side of the window,
// which started it under Xvfb with the accessibility bus. look() names what is on screen and waits, with the
// event loop turning so that Qt's AT-SPI bridge answers the checker's questions, until the checker has walked
// it: the pace is the checker's, never a timer's.
#pragma once

#include "catchqt.h"

#include <QApplication>
#include <QByteArray>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QWidget>

#include <cstdio>
#include <unistd.h>

namespace lk::test {

class CheckerLink {
public:
    // Set by a11y_check.py; without it nobody answers on stdin.
    static bool present() { return qEnvironmentVariableIsSet("LOFTESKOLLEN_A11Y_CHECKER"); }

    CheckerLink()
        : m_input(STDIN_FILENO, QSocketNotifier::Read) {
        QObject::connect(&m_input, &QSocketNotifier::activated, [this] { read(); });
    }

    // `kind` says what is walked ("page", "dialog", "window"), `where` names it for the checker's report, and
    // `window` is the top-level window the checker walks: it finds it on the bus by its title.
    void look(const QString& kind, const QString& where, const QWidget* window) {
        if (m_looking) // a dialog that shows while another is being walked is walked on its own turn
            return;
        m_looking = true;
        QApplication::processEvents();
        std::printf("a11y-look\t%s\t%s\t%s\n", qPrintable(oneLine(kind)), qPrintable(oneLine(where)),
                    qPrintable(oneLine(shownTitle(window))));
        std::fflush(stdout);
        ++looks;
        QEventLoop waiting;
        m_waiting = &waiting;
        while (!m_closed && !m_received.contains('\n'))
            waiting.exec();
        m_waiting = nullptr;
        m_received.remove(0, m_received.indexOf('\n') + 1);
        m_looking = false;
        REQUIRE_FALSE(m_closed);
    }

    int looks = 0;

private:
    // The title a screen reader is given: "[*]" stands for the star of a modified window.
    static QString shownTitle(const QWidget* window) {
        return window->windowTitle().replace(QStringLiteral("[*]"),
                                             window->isWindowModified() ? QStringLiteral("*") : QString());
    }
    static QString oneLine(QString text) {
        return text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    void read() {
        char buffer[256];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            m_closed = true;
            m_input.setEnabled(false);
        } else {
            m_received.append(buffer, got);
        }
        if (m_waiting)
            m_waiting->quit();
    }

    QSocketNotifier m_input;
    QByteArray m_received;
    QEventLoop* m_waiting = nullptr;
    bool m_looking = false;
    bool m_closed = false;
};

} // namespace lk::test
