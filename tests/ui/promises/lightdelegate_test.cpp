#include "catchqt.h"
#include "common/trafficlight.h"
#include "progress/promiseprogress.h"
#include "promises/lightdelegate.h"
#include "promises/promiseregisters.h"
#include "promises/promisetreemodel.h"
#include "testfile.h"

#include <QImage>
#include <QTreeView>

using lk::PromiseProgress;
using lk::PromiseTreeModel;
using lk::test::scalar;
using lk::test::TestFile;

namespace {

// The promise tree of Salem 2021–2022 as the promises page shows it, with the assessment column painted by
// the delegate.
struct PaintedTree {
    TestFile file{QStringLiteral("salem-2021-2022")};
    std::unique_ptr<lk::Document> document = file.open();
    PromiseTreeModel model{document.get()};
    QTreeView view;
    qint64 period = scalar(*document, QStringLiteral("SELECT id FROM periods")).toLongLong();

    PaintedTree() {
        model.setPeriod(period);
        view.setModel(&model);
        view.setItemDelegateForColumn(PromiseTreeModel::AssessmentColumn, new lk::LightDelegate(&view));
        view.expandAll();
        view.resize(1200, 700);
    }

    void report(const QString& title, const QString& status) {
        const qint64 promise =
            scalar(*document, QStringLiteral("SELECT id FROM promises WHERE title = ?"), {title})
                .toLongLong();
        lk::Record record;
        record.values = {{lk::promiseStatuses::promiseId, promise},
                         {lk::promiseStatuses::reportedOn, QDate(2021, 4, 30)},
                         {lk::promiseStatuses::status, status}};
        auto added = document->insert(lk::PromiseRegisters::statuses(), record);
        INFO(added.message().toStdString());
        REQUIRE(added.ok());
    }

    QModelIndex cell(const QString& title, int column) const {
        const QModelIndexList found =
            model.match(model.index(0, 0), Qt::DisplayRole, title, 1, Qt::MatchExactly | Qt::MatchRecursive);
        REQUIRE(found.size() == 1);
        return found.first().siblingAtColumn(column);
    }

    // The colours painted in a cell, as the user sees them.
    QSet<QRgb> coloursIn(const QModelIndex& index) {
        const QImage picture = view.viewport()->grab().toImage();
        const QRect rect = view.visualRect(index);
        REQUIRE(rect.isValid());
        QSet<QRgb> colours;
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            for (int x = rect.left(); x <= rect.right(); ++x)
                colours.insert(picture.pixel(x, y) | 0xff000000u);
        }
        return colours;
    }

    // What Översikt shows by default: the same function, over the period so far.
    QList<PromiseProgress::Line> overview() const {
        auto range = PromiseProgress::defaultRange(QDate(2021, 1, 1), QDate(2022, 12, 31));
        auto lines = PromiseProgress::of(document->repository(), period, range.first, range.second);
        REQUIRE(lines.ok());
        return *lines;
    }
};

QRgb rgbOf(PromiseProgress::Light light) {
    return lk::lightColour(light).rgb();
}

} // namespace

TEST_CASE("The promise tree shows each promise's light as Översikt does, and the reported status in words",
          "[promises][ui]") {
    PaintedTree t;
    // A promise behind on its counted targets (nothing is entered in the template) is reported done: the
    // coordinator's word and the figures differ, and the light follows the figures.
    QString behind;
    for (const PromiseProgress::Line& line : t.overview()) {
        if (behind.isEmpty() && !line.targets.isEmpty() && line.light == PromiseProgress::Light::Red)
            behind = line.promise.value(lk::promises::title).toString();
    }
    REQUIRE_FALSE(behind.isEmpty());
    t.report(behind, QStringLiteral("genomford"));

    int promises = 0;
    for (const PromiseProgress::Line& line : t.overview()) {
        const QString title = line.promise.value(lk::promises::title).toString();
        INFO(title.toStdString());
        const QModelIndex assessment = t.cell(title, PromiseTreeModel::AssessmentColumn);
        CHECK(assessment.data().toString() == PromiseProgress::lightName(line.light));
        CHECK(assessment.data(PromiseTreeModel::LightRole).toInt() == int(line.light));
        // The model says which light; the dot is painted in the view, in the one colour of that light.
        CHECK_FALSE(assessment.data(Qt::DecorationRole).isValid());
        CHECK(t.coloursIn(assessment).contains(rgbOf(line.light)));
        // The tooltip says what the light means and the figures behind it.
        const QString tip = assessment.data(Qt::ToolTipRole).toString();
        CHECK(tip.contains(PromiseProgress::lightMeaning(line.light)));
        for (const PromiseProgress::Target& target : line.targets)
            CHECK(tip.contains(target.progress.target.value(lk::targets::counted).toString()));
        ++promises;
    }
    CHECK(promises >= 8);

    const QModelIndex watch = t.cell(behind, PromiseTreeModel::AssessmentColumn);
    CHECK(watch.data(PromiseTreeModel::LightRole).toInt() == int(PromiseProgress::Light::Red));
    CHECK(watch.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Done")));
    const QModelIndex reported = watch.siblingAtColumn(PromiseTreeModel::StatusColumn);
    // Marked as contradicted by the figures, and the tooltip says how.
    CHECK(reported.data().toString() == QStringLiteral("Done \u26A0"));
    CHECK(reported.data(Qt::ToolTipRole)
              .toString()
              .startsWith(QStringLiteral("Reported done, but the figures fall short: ")));
    // The status is words: no light's colour beside it, so no green beside a red.
    for (auto light :
         {PromiseProgress::Light::Green, PromiseProgress::Light::Yellow, PromiseProgress::Light::Red})
        CHECK_FALSE(t.coloursIn(reported).contains(rgbOf(light)));
    // A focus area has no light.
    CHECK_FALSE(
        t.model.index(0, PromiseTreeModel::AssessmentColumn).data(PromiseTreeModel::LightRole).isValid());
}
