// Helpers for the report tests: the demo file (what the golden files are made from), the report's scope over
// its whole period, the Swedish translation while a test needs it, and golden-file comparison.
#pragma once

#include "catchqt.h"
#include "demo/demodata.h"
#include "report/reportcharts.h"
#include "swedish.h"
#include "testfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTranslator>

namespace lk::test {

// The demo file: the same content on every machine.
struct DemoFile {
    // On PostgreSQL a database of its own on the test server, for a test tagged [postgres].
    explicit DemoFile(Engine engine = Engine::Sqlite)
        : file(engine, QStringLiteral("empty")) {
        REQUIRE(DemoData::fill(repository, QStringLiteral("sample")).ok());
    }

    TestFile file;
    std::unique_ptr<Document> document = file.open();
    Repository repository = document->repository();

    ReportScope wholePeriod() const {
        return {scalar(*document, QStringLiteral("SELECT id FROM periods")).toLongLong(),
                {},
                {},
                QDate(2023, 1, 20)};
    }
};

// English with its plural forms ("1 action", "2 actions") while it lives, as --lang en speaks it.
class EnglishPlurals {
public:
    EnglishPlurals() {
        REQUIRE(m_translator.load(QStringLiteral(":/i18n/lofteskollen_en.qm")));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~EnglishPlurals() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator m_translator;
};

// What a poppler tool prints for `arguments`, or nothing (with a warning) where poppler-utils is missing.
inline QString poppler(const QString& tool, const QStringList& arguments) {
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        WARN(tool.toStdString() << " (poppler-utils) is missing: the PDF is not checked");
        return {};
    }
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// A PDF's pages as pdftotext lays them out, one string per page; empty where pdftotext is missing.
inline QStringList pdfPages(const QString& path) {
    QStringList pages =
        poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
            .split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// The text of every heading of a laid-out report.
inline QStringList headingsOf(const QTextDocument& document) {
    QStringList headings;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            headings << block.text().trimmed();
    }
    return headings;
}

// The first table after the heading `heading`, row by row, its cells parted by " | ".
inline QString tableAfter(QTextDocument& document, const QString& heading) {
    bool found = false;
    QTextFrame* root = document.rootFrame();
    for (auto it = root->begin(); !it.atEnd(); ++it) {
        if (!it.currentFrame()) {
            found = found || (it.currentBlock().blockFormat().headingLevel() > 0 &&
                              it.currentBlock().text() == heading);
            continue;
        }
        auto* table = qobject_cast<QTextTable*>(it.currentFrame());
        if (!found || !table)
            continue;
        QString text;
        for (int row = 0; row < table->rows(); ++row) {
            QStringList cells;
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.column() != column || cell.row() != row)
                    continue; // spanned
                QString content;
                for (auto in = cell.begin(); !in.atEnd(); ++in)
                    content +=
                        (content.isEmpty() ? QString() : QStringLiteral(" / ")) + in.currentBlock().text();
                cells << content;
            }
            text += cells.join(QStringLiteral(" | ")) + u'\n';
        }
        return text.remove(QChar(0x00AD)).replace(QChar::Nbsp, u' ');
    }
    return {};
}

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
