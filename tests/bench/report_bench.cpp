// Report benchmark: the time to write the council report as PDF, ODT and HTML for one municipality-year of
// the demo file (2022), and for its whole period, against LibreOffice in the same run: printing the same
// records to PDF (`soffice --headless --convert-to pdf` of an HTML table with a row per record), and turning
// our ODT into a PDF. Prints each figure and the ratios; the goals are a council PDF at least 5 times faster
// than LibreOffice, and the ODT within 1.5 times the PDF's time.
// Also the processor time of the council PDF and of LibreOffice (its processes, children of this one): on a
// shared machine the clock counts the others too.
//   build/bin/report_bench [RUNS]
#include "benchsupport.h"
#include "db/database.h"
#include "demo/demodata.h"
#include "io/templates.h"
#include "progress/promiseprogress.h"
#include "report/councilreport.h"
#include "report/pagedoutput.h"
#include "report/reportfiles.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>

#include <sys/resource.h>

using namespace lk;
using namespace lk::bench;

namespace {

QTextStream out(stdout);

// The records a report on those dates counts, as a table: date, register, what.
QByteArray recordsTable(const Repository& repository, const QDate& from, const QDate& to, int* rows) {
    QString html = QStringLiteral("<html><meta charset=\"utf-8\"><body><table border=\"1\">"
                                  "<tr><th>Datum</th><th>Register</th><th>Uppgift</th></tr>");
    *rows = 0;
    for (const auto& [table, date, what] :
         {std::tuple{"og_meetings", "held_on", "place"}, std::tuple{"visits", "visited_on", "purpose"},
          std::tuple{"drug_operations", "held_on", "place"},
          std::tuple{"traffic_controls", "held_on", "place"},
          std::tuple{"information_efforts", "held_on", "topic"},
          std::tuple{"inspections", "held_on", "decision"},
          std::tuple{"test_purchases", "made_on", "outcome"}, std::tuple{"watch_events", "held_on", "kind"},
          std::tuple{"promise_statuses", "reported_on", "status"}}) {
        auto query =
            must(sql::run(repository.database(),
                          QStringLiteral("SELECT %1, %2 FROM %3 WHERE %1 BETWEEN ? AND ? ORDER BY %1")
                              .arg(QString::fromLatin1(date), QString::fromLatin1(what),
                                   QString::fromLatin1(table)),
                          {from.toString(Qt::ISODate), to.toString(Qt::ISODate)}),
                 "records");
        while (query.next()) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(query.value(0).toString(), QString::fromLatin1(table),
                             query.value(1).toString().toHtmlEscaped());
            ++*rows;
        }
    }
    return (html + QStringLiteral("</table></body></html>")).toUtf8();
}

// The processor time, in ms, this process (`who` RUSAGE_SELF) or its finished children (RUSAGE_CHILDREN)
// have used: on a machine shared with others, a fairer measure than the clock of what each side costs.
double cpuMs(int who) {
    rusage usage{};
    getrusage(who, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

double median(QList<double> times) {
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    QTemporaryDir dir;
    auto database = must(Database::createNew(dir.filePath(QStringLiteral("demo.sqlite")),
                                             [](const Database& created) {
                                                 return DemoData::fill(Repository(created.connection()),
                                                                       QStringLiteral("sample"));
                                             }),
                         "demo");
    const Repository repository(database->connection());
    const qint64 period = idOf(repository, QStringLiteral("SELECT id FROM periods"));
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    out << "Report benchmark: the council report of the demo file, median of " << runs << " runs\n";
    // What the Översikt page counts when the window opens on it.
    QList<double> progress;
    for (int run = 0; run < runs; ++run)
        progress << timed([&] {
            must(PromiseProgress::of(repository, period, QDate(2021, 1, 1), QDate(2022, 12, 31)), "progress");
        });
    out << QStringLiteral("  every promise's progress over the period: %1 ms\n")
               .arg(median(progress), 0, 'f', 2);

    for (const auto& [label, from, to] :
         {std::tuple{"2022 (a municipality-year)", QDate(2022, 1, 1), QDate(2022, 12, 31)},
          std::tuple{"2021–2022 (the period)", QDate(2021, 1, 1), QDate(2022, 12, 31)}}) {
        const ReportScope scope{period, from, to, QDate(2023, 1, 20)};
        // Each format written `runs` times, taken in turns so that a busy moment of the machine falls on
        // all of them alike.
        const QString pdf = dir.filePath(QStringLiteral("rapport.pdf"));
        const QString odt = dir.filePath(QStringLiteral("rapport.odt"));
        const QString html = dir.filePath(QStringLiteral("rapport.html"));
        QList<double> pdfTimes;
        QList<double> odtTimes;
        QList<double> htmlTimes;
        QList<double> pdfCpu;
        for (int run = 0; run < runs; ++run) {
            for (const auto& [format, path, times] :
                 {std::tuple{ReportFiles::Format::Pdf, pdf, &pdfTimes},
                  std::tuple{ReportFiles::Format::Odt, odt, &odtTimes},
                  std::tuple{ReportFiles::Format::Html, html, &htmlTimes}}) {
                const double cpu = cpuMs(RUSAGE_SELF);
                *times << timed([&, format = format, path = path] {
                    must(ReportFiles::write(repository, scope, ReportFiles::Kind::Council, format, path),
                         "report");
                });
                if (format == ReportFiles::Format::Pdf)
                    pdfCpu << cpuMs(RUSAGE_SELF) - cpu;
            }
        }
        // Where the time goes: the document with its charts (the same for both), then the pages or the file.
        std::unique_ptr<QTextDocument> document;
        const double building =
            timed([&] { document = must(CouncilReport::build(repository, scope), "build"); });
        const double painting = timed([&] { must(PagedOutput::writePdf(*document, pdf, QString()), "pdf"); });
        // The ODT from a document without the contents' page numbers, as ReportFiles writes it.
        const auto unnumbered =
            must(CouncilReport::build(repository, scope, ChartForm::Vector, false), "build");
        const double packing = timed([&] { must(PagedOutput::writeOdt(*unnumbered, odt, {}), "odt"); });
        const double pdfTime = median(pdfTimes);
        const double odtTime = median(odtTimes);
        out << QStringLiteral("  %1:\n").arg(QString::fromUtf8(label));
        out << QStringLiteral(
                   "    council PDF  %1 ms (%2 kB; the document and its charts %3 ms, the pages %4 ms)\n")
                   .arg(pdfTime, 0, 'f', 0)
                   .arg(QFileInfo(pdf).size() / 1000)
                   .arg(building, 0, 'f', 0)
                   .arg(painting, 0, 'f', 0);
        out << QStringLiteral(
                   "    council ODT  %1 ms (%2 kB; from the same document, the file %3 ms); ratio ODT / "
                   "PDF %4\n")
                   .arg(odtTime, 0, 'f', 0)
                   .arg(QFileInfo(odt).size() / 1000)
                   .arg(packing, 0, 'f', 0)
                   .arg(odtTime / pdfTime, 0, 'f', 2);
        out << QStringLiteral("    council HTML %1 ms (%2 kB); ratio HTML / PDF %3\n")
                   .arg(median(htmlTimes), 0, 'f', 0)
                   .arg(QFileInfo(html).size() / 1000)
                   .arg(median(htmlTimes) / pdfTime, 0, 'f', 2);
        if (soffice.isEmpty()) {
            out << "    LibreOffice not installed (apt-get install libreoffice-writer-nogui to compare)\n";
            continue;
        }
        // LibreOffice in a profile of its own, made once before the timed runs: its first start only sets
        // the profile up.
        const QString profile = QStringLiteral("-env:UserInstallation=") +
                                QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString();
        const auto convert = [&](const QString& filter, const QString& input) {
            QProcess process;
            process.start(soffice,
                          {profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"), filter,
                           QStringLiteral("--outdir"), dir.filePath(QStringLiteral("lo")), input});
            process.waitForFinished(120000);
        };
        convert(QStringLiteral("pdf"), odt);
        QList<double> opened;
        for (int run = 0; run < runs; ++run)
            opened << timed([&] { convert(QStringLiteral("pdf"), odt); });
        out << QStringLiteral("    LibreOffice, our ODT to PDF: %1 ms; ratio LibreOffice / PDF %2\n")
                   .arg(median(opened), 0, 'f', 0)
                   .arg(median(opened) / pdfTime, 0, 'f', 1);
        int rows = 0;
        const QString table = dir.filePath(QStringLiteral("poster.html"));
        QFile file(table);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(recordsTable(repository, from, to, &rows));
        file.close();
        QList<double> theirs;
        QList<double> theirCpu;
        for (int run = 0; run < runs; ++run) {
            const double cpu = cpuMs(RUSAGE_CHILDREN);
            theirs << timed([&] { convert(QStringLiteral("pdf:writer_web_pdf_Export"), table); });
            theirCpu << cpuMs(RUSAGE_CHILDREN) - cpu;
        }
        out << QStringLiteral("    LibreOffice, the same %1 records as a table: %2 ms; ratio LibreOffice / "
                              "Löfteskollen %3\n")
                   .arg(rows)
                   .arg(median(theirs), 0, 'f', 0)
                   .arg(median(theirs) / pdfTime, 0, 'f', 1);
        out << QStringLiteral("    processor time: council PDF %1 ms, LibreOffice's table %2 ms; ratio %3\n")
                   .arg(median(pdfCpu), 0, 'f', 0)
                   .arg(median(theirCpu), 0, 'f', 0)
                   .arg(median(theirCpu) / median(pdfCpu), 0, 'f', 1);
    }
    return 0;
}
