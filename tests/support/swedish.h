// Swedish: the program's Swedish, catalogue and locale, while it lives, as a coordinator sees the program.
#pragma once

#include "catchqt.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace lk::test {

class Swedish {
public:
    Swedish() {
        REQUIRE(m_translator.load(QStringLiteral(":/i18n/lofteskollen_sv.qm")));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    }
    ~Swedish() {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_locale);
    }
    Swedish(const Swedish&) = delete;
    Swedish& operator=(const Swedish&) = delete;

private:
    QTranslator m_translator;
    QLocale m_locale;
};

} // namespace lk::test
