// Helpers for the report tests: the demo file (what the golden files are made from), the report's scope over
// its whole period, the Swedish translation while a test needs it, and golden-file comparison.
#pragma once

#include "catchqt.h"
#include "demo/demodata.h"
#include "report/reportcharts.h"
#include "testfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>

namespace lk::test {

// The demo file: the same content on every machine.
struct DemoFile {
    TestFile file{QStringLiteral("empty")};
    std::unique_ptr<Document> document = file.open();
    Repository repository = document->repository();
    DemoFile() { REQUIRE(DemoData::fill(repository, QStringLiteral("sample")).ok()); }

    ReportScope wholePeriod() const {
        return {scalar(*document, QStringLiteral("SELECT id FROM periods")).toLongLong(),
                {},
                {},
                QDate(2023, 1, 20)};
    }
};

// The program's Swedish while it lives, as a coordinator sees the report.
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

private:
    QTranslator m_translator;
    QLocale m_locale;
};

// Compares `actual` with tests/golden/NAME. With LOFTESKOLLEN_UPDATE_GOLDEN=1 in the environment it writes
// the file instead: after a deliberate change to the report, look at the difference in git and commit it.
inline void checkGolden(const QString& name, const QByteArray& actual) {
    const QString path = QStringLiteral(LOFTESKOLLEN_SOURCE_DIR "/tests/golden/") + name;
    if (qEnvironmentVariableIsSet("LOFTESKOLLEN_UPDATE_GOLDEN")) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(actual);
        WARN("wrote " << path.toStdString());
        return;
    }
    QFile file(path);
    INFO("golden file " << path.toStdString() << " (LOFTESKOLLEN_UPDATE_GOLDEN=1 writes it)");
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray expected = file.readAll();
    // Line by line, so that a failure points at the first line that differs.
    const QList<QByteArray> want = expected.split('\n');
    const QList<QByteArray> got = actual.split('\n');
    for (qsizetype i = 0; i < std::min(want.size(), got.size()); ++i) {
        INFO("line " << i + 1);
        REQUIRE(got.at(i).toStdString() == want.at(i).toStdString());
    }
    CHECK(got.size() == want.size());
}

// Images differ with the fonts of the machine; the golden HTML keeps where they are, not their pixels.
inline QByteArray withoutImageData(QByteArray html) {
    static const QRegularExpression data(QStringLiteral("data:image/png;base64,[A-Za-z0-9+/=]+"));
    return QString::fromUtf8(html).replace(data, QStringLiteral("data:image/png;base64,…")).toUtf8();
}

} // namespace lk::test
