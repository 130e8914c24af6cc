#include "../../core/watch/watchfixture.h"
#include "charts/trendchart.h"
#include "common/csvimportdialog.h"
#include "common/recorddialog.h"
#include "common/recordform.h"
#include "common/recordlistpanel.h"
#include "formfill.h"
#include "indicators/indicatorspage.h"
#include "mainwindow.h"
#include "modal.h"
#include "pagewindow.h"

#include <QChart>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace lk;
using namespace lk::test;

namespace {

struct IndicatorWindow {
    TestFile file{QStringLiteral("salem-2021-2022")};
    MainWindow window;
    IndicatorsPage* page = nullptr;
    qint64 municipality = 0;
    Record indicator;

    IndicatorWindow() {
        REQUIRE(window.openFile(file.path()));
        municipality = scalar(document(), QStringLiteral("SELECT id FROM municipalities")).toLongLong();
        auto added =
            document().insert(IndicatorRegisters::indicators(), recordOf(sampleIndicator(municipality)));
        REQUIRE(added.ok());
        indicator = *added;
        page = showPage<IndicatorsPage>(window);
        page->list()->view()->selectRow(0);
    }
    Document& document() const { return *window.document(); }
    int values() const {
        return scalar(document(), QStringLiteral("SELECT count(*) FROM indicator_values")).toInt();
    }
};

QString writeFile(const QTemporaryDir& dir, const QByteArray& bytes) {
    const QString path = dir.filePath(QStringLiteral("värden.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE("A CSV import is previewed, stored as one step, and drawn in the trend", "[ui][indicators]") {
    IndicatorWindow w;
    QTemporaryDir dir;
    const QString path = writeFile(
        dir,
        QByteArray("\xC5r;V\xE4rde;K\xE4lla\r\n2020;68;BR\xC5\r\n2021;61;BR\xC5\r\n2022;57,5;BR\xC5\r\n"));
    QString summary;
    QString unused;
    int rows = 0;
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<CsvImportDialog*>(modal);
        REQUIRE(dialog);
        summary = dialog->summary()->text();
        unused = dialog->unused()->text();
        rows = dialog->rows()->rowCount();
        REQUIRE(dialog->importButton()->isEnabled());
        dialog->importButton()->click();
    });
    CHECK(w.page->importFile(path));
    CHECK_THAT(summary.toStdString(), mentions(QStringLiteral("Windows-1252")));
    CHECK_THAT(summary.toStdString(), mentions(QStringLiteral("3 new")));
    CHECK(rows == 3);
    // The source column is not read, and the preview says so rather than pass over it.
    CHECK(unused == QStringLiteral("1 column(s) of the file not read: Källa."));
    CHECK(w.values() == 3);
    CHECK(scalar(w.document(), QStringLiteral("SELECT value FROM indicator_values WHERE year = 2022"))
              .toReal() == 57.5);

    // The chart shows the three values, the baseline and the way to the target, each with its marker.
    QChart* chart = w.page->chart()->chart();
    auto* measured = qobject_cast<QLineSeries*>(chart->series().value(chart->series().size() - 1));
    REQUIRE(measured);
    CHECK(measured->count() == 3);
    CHECK(measured->at(2) == QPointF(2022.5, 57.5));
    CHECK(chart->series().size() == 5); // with the square at the baseline's year, for grey print
    CHECK_THAT(w.page->outlook()->text().toStdString(), mentions(QStringLiteral("81 % of the way")));

    w.document().undoStack()->undo();
    CHECK(w.values() == 0);
}

TEST_CASE("A CSV file with a bad line cannot be imported, and the dialog names the line",
          "[ui][indicators]") {
    IndicatorWindow w;
    QTemporaryDir dir;
    const QString path = writeFile(dir, QByteArray("År;Värde\n2020;68\n2021;sextioett\n"));
    QStringList errors;
    bool importable = true;
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<CsvImportDialog*>(modal);
        REQUIRE(dialog);
        for (int i = 0; i < dialog->errors()->count(); ++i)
            errors << dialog->errors()->item(i)->text();
        importable = dialog->importButton()->isEnabled();
        dialog->reject();
    });
    CHECK_FALSE(w.page->importFile(path));
    CHECK_FALSE(importable);
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors.first().toStdString(), mentions(QStringLiteral("Line 3")));
    CHECK(w.values() == 0);
}

TEST_CASE("A decimal typed with a comma is saved as a number, and a value with a unit is refused where typed",
          "[ui][indicators][decimal]") {
    IndicatorWindow w;
    w.page->detail()->setCurrentIndex(1);
    auto* baseline = qobject_cast<QLineEdit*>(w.page->form()->editor(QStringLiteral("baseline_value")));
    REQUIRE(baseline);
    CHECK(baseline->text() == QStringLiteral("68"));
    typeInto(baseline, QStringLiteral("68,25"));
    QTest::keyClick(baseline, Qt::Key_Return);
    CHECK(scalar(w.document(), QStringLiteral("SELECT baseline_value FROM indicators")).toReal() == 68.25);

    typeInto(baseline, QStringLiteral("70 st"));
    QTest::keyClick(baseline, Qt::Key_Return);
    CHECK(w.page->form()->hasFailedSave());
    CHECK_THAT(w.page->form()->errorText().toStdString(), mentions(QStringLiteral("is not a number")));
    CHECK(scalar(w.document(), QStringLiteral("SELECT baseline_value FROM indicators")).toReal() == 68.25);
}

TEST_CASE("A new indicator without baseline or target leaves their years empty", "[ui][indicators]") {
    IndicatorWindow w;
    whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<RecordDialog*>(modal);
        REQUIRE(dialog);
        RecordForm* form = dialog->form();
        auto* year = qobject_cast<QSpinBox*>(form->editor(QStringLiteral("baseline_year")));
        REQUIRE(year);
        CHECK(year->text().trimmed().isEmpty());
        typeInto(form->editor(QStringLiteral("name")), QStringLiteral("Nöjda med belysningen"));
        typeInto(form->editor(QStringLiteral("unit")), QStringLiteral("%"));
        choose(form->editor(QStringLiteral("direction")), QStringLiteral("hogre"));
        clickSave(dialog);
    });
    QTest::mouseClick(w.page->list()->newButton(), Qt::LeftButton);
    CHECK(scalar(w.document(),
                 QStringLiteral(
                     "SELECT direction || '/' || coalesce(CAST(baseline_year AS TEXT), '-') || '/' || "
                     "coalesce(CAST(target_year AS TEXT), '-') FROM indicators WHERE unit = '%'"))
              .toString() == QStringLiteral("hogre/-/-"));
}
