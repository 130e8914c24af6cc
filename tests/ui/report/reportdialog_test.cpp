#include "common/dateedit.h"
#include "report/reportdialog.h"
#include "reportfixture.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

using namespace lk;
using namespace lk::test;

TEST_CASE("The report dialog writes the council PDF for the dates chosen, and the public page as HTML only",
          "[ui][report]") {
    DemoFile demo;
    const qint64 period = demo.wholePeriod().periodId;
    ReportDialog dialog(demo.document.get(), period);
    CHECK(dialog.from()->date() == QDate(2021, 1, 1));
    CHECK(dialog.to()->date() == QDate(2022, 12, 31)); // today is after the period
    dialog.from()->setDate(QDate(2022, 1, 1));
    dialog.to()->setDate(QDate(2022, 6, 30));
    CHECK(dialog.scope().from == QDate(2022, 1, 1));

    const QString pdf = demo.file.pathFor(QStringLiteral("rapport.pdf"));
    REQUIRE(dialog.save(ReportFiles::Format::Pdf, pdf));
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == "%PDF-");
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("done"))->text().contains(QStringLiteral("rapport.pdf")));

    dialog.publicSummary()->setChecked(true);
    int enabled = 0;
    for (QPushButton* button : dialog.findChildren<QPushButton*>())
        enabled += button->isEnabled() ? 1 : 0;
    CHECK(enabled == 2); // Save as HTML, and Close
    const QString html = demo.file.pathFor(QStringLiteral("folj-med.html"));
    REQUIRE(dialog.save(ReportFiles::Format::Html, html));
    QFile page(html);
    REQUIRE(page.open(QIODevice::ReadOnly));
    const QByteArray bytes = page.readAll();
    CHECK(bytes.startsWith("<!DOCTYPE html>"));
    CHECK(bytes.contains("2022-01-01 – 2022-06-30"));
}
