// Types text into a widget key by key, Swedish letters included (QTest::keyClicks only knows ASCII).
#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

namespace lk::test {

inline void type(QWidget* widget, const QString& text) {
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace lk::test
