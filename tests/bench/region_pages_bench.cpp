// Pages benchmark: the window on the region file (26 municipalities, ten years, about 250,000 records), the
// way a user goes through it: every page and every tab opened for the first time (made, filled and painted),
// and in every register table on them each column sorted and filtered by a word from its first row. Prints
// each figure beside the same on the demo sample file in the same run (the floor: what the window does with a
// municipality's two years alone) and the goals: a page or tab within 100 ms, a sort or filter within 50 ms.
// Ends with the peak memory of the process (goal: under 150 MB).
//   build/bin/region_pages_bench [RUNS]
// LOFTESKOLLEN_REGION_FILE=FILE takes a region file made before instead of making one.
#include "benchsupport.h"
#include "childrun.h"
#include "common/page.h"
#include "document/document.h"
#include "mainwindow.h"
#include "promises/scopebar.h"
#include "register/recordtablemodel.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QHeaderView>
#include <QListWidget>
#include <QMap>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace lk;
using namespace lk::bench;

namespace {

QTextStream out(stdout);

// What a step left to do (layouts, queued loads, paints) done now, so that its time is in the figure.
void settle(QWidget* shown) {
    QApplication::processEvents();
    if (shown)
        shown->repaint();
    QApplication::processEvents();
}

RecordTableModel* recordModel(QAbstractItemModel* model) {
    while (auto* proxy = qobject_cast<QAbstractProxyModel*>(model))
        model = proxy->sourceModel();
    return qobject_cast<RecordTableModel*>(model);
}

struct Figures {
    QStringList order;            // the steps in the order they were taken
    QMap<QString, double> opened; // "Page / Tab": ms
    QMap<QString, double> sorted; // "Page / Tab: Column": ms
    QMap<QString, double> filtered;
    QMap<QString, int> rows; // "Page / Tab": rows the table holds in all
    QString chosen;          // the municipality and period shown
};

// Sorts every column of every register table shown in `tab` both ways, and filters each by a word of its
// first row.
void sortAndFilterOnce(QWidget* tab, const QString& where, Figures& figures) {
    for (QTableView* view : tab->findChildren<QTableView*>()) {
        RecordTableModel* model = recordModel(view->model());
        if (!view->isVisible() || !model)
            continue;
        const QString table = where + QStringLiteral(" [") + model->spec().table + u']';
        figures.rows[table] = int(model->totalCount());
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString label = table + QStringLiteral(": ") + model->columnField(column).displayLabel();
            double worst = 0;
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
                worst = std::max(worst, timed([&] {
                                     model->sort(column, order);
                                     settle(view);
                                 }));
            figures.sorted[label] = worst;
            const QString text = model->rowCount() > 0
                                     ? model->index(0, column).data().toString().section(u' ', 0, 0).left(6)
                                     : QString();
            if (text.isEmpty())
                continue;
            figures.filtered[label] = timed([&] {
                model->setTextFilter(text);
                settle(view);
            });
            model->setTextFilter(QString());
        }
        model->sort(-1);
    }
}

// For a profile of one table: LOFTESKOLLEN_PAGES_ONLY=TEXT sorts and filters only where its place names TEXT
// ("Actions"), LOFTESKOLLEN_PAGES_REPEAT=N times over (the last turn's figures printed).
void sortAndFilter(QWidget* tab, const QString& where, Figures& figures) {
    const QString only = qEnvironmentVariable("LOFTESKOLLEN_PAGES_ONLY");
    if (!only.isEmpty() && !where.contains(only))
        return;
    const int repeat = std::max(1, qEnvironmentVariableIntValue("LOFTESKOLLEN_PAGES_REPEAT"));
    for (int turn = 0; turn < repeat; ++turn)
        sortAndFilterOnce(tab, where, figures);
}

Figures goThrough(const QString& file) {
    Figures figures;
    MainWindow window;
    window.resize(1366, 768);
    figures.opened[QStringLiteral("(the file opened)")] = timed([&] {
        if (!window.openFile(file))
            std::exit(1);
    });
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::exit(1);
    settle(&window);
    // The municipality with the most records, in its current period: the heaviest pages a user meets.
    const QString period =
        must(sql::scalar(window.document()->repository().database(),
                         QStringLiteral("SELECT p.uuid FROM periods p WHERE p.municipality_id = "
                                        "(SELECT municipality_id FROM visits GROUP BY "
                                        "municipality_id ORDER BY COUNT(*) DESC LIMIT 1) "
                                        "ORDER BY p.start_date DESC LIMIT 1")),
             "the largest municipality")
            .toString();
    figures.opened[QStringLiteral("(the largest municipality's period chosen)")] = timed([&] {
        window.scopeBar()->selectPeriod(period);
        settle(&window);
    });
    figures.chosen =
        must(sql::scalar(window.document()->repository().database(),
                         QStringLiteral("SELECT m.name || ' ' || p.name FROM periods p JOIN "
                                        "municipalities m ON m.id = p.municipality_id WHERE p.id = ?"),
                         {window.scopeBar()->periodId()}),
             "the period shown")
            .toString();
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    auto* stack = window.findChild<QStackedWidget*>();
    for (int row = 0; row < navigation->count(); ++row) {
        QString title;
        const double ms = timed([&] {
            navigation->setCurrentRow(row);
            settle(stack->currentWidget());
        });
        auto* page = qobject_cast<Page*>(stack->currentWidget());
        title = page ? page->title() : navigation->item(row)->text();
        figures.order << title;
        figures.opened[title] = ms;
        for (QTabWidget* tabs : stack->currentWidget()->findChildren<QTabWidget*>()) {
            for (int index = 0; index < tabs->count(); ++index) {
                const QString where = title + QStringLiteral(" / ") + tabs->tabText(index).remove(u'&');
                if (index > 0 || tabs->currentIndex() != 0)
                    figures.opened[where] = timed([&] {
                        tabs->setCurrentIndex(index);
                        settle(tabs->widget(index));
                    });
                else
                    figures.opened[where] = 0; // shown with its page
                figures.order << where;
                sortAndFilter(tabs->widget(index), where, figures);
            }
        }
        if (stack->currentWidget()->findChildren<QTabWidget*>().isEmpty())
            sortAndFilter(stack->currentWidget(), title, figures);
    }
    return figures;
}

QString ms(double value) {
    return QString::number(value, 'f', 1).rightJustified(8);
}

// Each step on both files, with its ratio to the sample's and the goal it is held to.
void print(const QString& heading, const QStringList& order, const QMap<QString, double>& sample,
           const QMap<QString, double>& region, double goal) {
    out << heading << " (ms; goal " << goal << " ms each):\n"
        << QStringLiteral("  %1 %2 %3  ratio\n")
               .arg(QString().leftJustified(60), QStringLiteral("  sample"), QStringLiteral("  region"));
    int over = 0;
    double worst = 0;
    for (const QString& key : order) {
        if (!region.contains(key))
            continue;
        const double floor = sample.value(key, 0);
        const double value = region.value(key);
        worst = std::max(worst, value);
        over += value > goal ? 1 : 0;
        out << QStringLiteral("  %1 %2 %3  %4%5\n")
                   .arg(key.left(60).leftJustified(60), ms(floor), ms(value),
                        floor > 0 ? QString::number(value / floor, 'f', 1).rightJustified(5)
                                  : QStringLiteral("    –"),
                        value > goal ? QStringLiteral("  over the goal") : QString());
    }
    out << "  " << over << " of " << region.size() << " over the goal; the slowest " << ms(worst).trimmed()
        << " ms\n";
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QTemporaryDir dir;
    const QString sample = demoFile(dir, QStringLiteral("sample"));
    const QString region = demoFile(dir, QStringLiteral("region"));
    const Figures onSample = goThrough(sample);
    const double sampleMemory = peakMiB();
    const Figures onRegion = goThrough(region);
    const double regionMemory = peakMiB();

    out << "Pages benchmark: the window on the demo sample file and on the region file, each step once, as a "
           "user takes it the first time (platform "
        << qEnvironmentVariable("QT_QPA_PLATFORM") << "), showing " << onSample.chosen << " and "
        << onRegion.chosen << "\n";
    print(QStringLiteral("Every page and tab opened"),
          QStringList{QStringLiteral("(the file opened)"),
                      QStringLiteral("(the largest municipality's period chosen)")} +
              onRegion.order,
          onSample.opened, onRegion.opened, 100);
    QStringList tables = onRegion.sorted.keys();
    print(QStringLiteral("Every column of the register tables sorted, the slower way of the two"), tables,
          onSample.sorted, onRegion.sorted, 50);
    print(QStringLiteral("Every column filtered by a word of its first row"), onRegion.filtered.keys(),
          onSample.filtered, onRegion.filtered, 50);
    out << "Rows in the register tables on the region file (all loaded or not):\n";
    for (auto it = onRegion.rows.cbegin(); it != onRegion.rows.cend(); ++it)
        out << "  " << it.key().leftJustified(60) << QString::number(it.value()).rightJustified(8) << '\n';
    out << "Peak memory of the window: " << QString::number(sampleMemory, 'f', 0)
        << " MiB after the sample file, " << QString::number(regionMemory, 'f', 0)
        << " MiB after the region file (goal: under 150 MB)\n";
    return 0;
}
