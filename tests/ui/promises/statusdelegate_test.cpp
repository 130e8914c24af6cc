#include "catchqt.h"
#include "promises/promiseregisters.h"
#include "promises/promisetreemodel.h"
#include "promises/statusdelegate.h"
#include "testfile.h"

#include <QImage>
#include <QTreeView>

using lk::PromiseTreeModel;
using lk::StatusDelegate;
using lk::test::scalar;
using lk::test::TestFile;

namespace {

// The promise tree of Salem 2021–2022 as the promises page shows it, with the status column painted by the
// delegate.
struct PaintedTree {
    TestFile file{QStringLiteral("salem-2021-2022")};
    std::unique_ptr<lk::Document> document = file.open();
    PromiseTreeModel model{document.get()};
    QTreeView view;

    PaintedTree() {
        model.setPeriod(scalar(*document, QStringLiteral("SELECT id FROM periods")).toLongLong());
        view.setModel(&model);
        view.setItemDelegateForColumn(PromiseTreeModel::StatusColumn, new StatusDelegate(&view));
        view.expandAll();
        view.resize(1000, 700);
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
};

QRgb rgbOf(const QString& status) {
    return StatusDelegate::colourOf(status).rgb();
}

} // namespace

TEST_CASE("The tree paints each promise's latest status as a dot in the status's colour", "[promises][ui]") {
    PaintedTree t;
    t.report(QStringLiteral("Operativa gruppen"), QStringLiteral("forsenad"));
    t.report(QStringLiteral("Trafikkontroller"), QStringLiteral("genomford"));

    // The model only says which status a row has; the colour is painted in the view.
    const QModelIndex og = t.cell(QStringLiteral("Operativa gruppen"), PromiseTreeModel::StatusColumn);
    CHECK_FALSE(og.data(Qt::DecorationRole).isValid());
    CHECK(og.data(PromiseTreeModel::StatusCodeRole).toString() == QStringLiteral("forsenad"));

    const QSet<QRgb> delayed = t.coloursIn(og);
    CHECK(delayed.contains(rgbOf(QStringLiteral("forsenad"))));
    CHECK_FALSE(delayed.contains(rgbOf(QStringLiteral("genomford"))));
    const QSet<QRgb> done =
        t.coloursIn(t.cell(QStringLiteral("Trafikkontroller"), PromiseTreeModel::StatusColumn));
    CHECK(done.contains(rgbOf(QStringLiteral("genomford"))));
    CHECK_FALSE(done.contains(rgbOf(QStringLiteral("forsenad"))));
    // Not reported: grey.
    CHECK(t.coloursIn(t.cell(QStringLiteral("Grannsamverkan"), PromiseTreeModel::StatusColumn))
              .contains(rgbOf(QString())));
    // Neither a focus area nor a promise's title gets a dot.
    CHECK_FALSE(t.coloursIn(t.model.index(0, PromiseTreeModel::StatusColumn)).contains(rgbOf(QString())));
    CHECK_FALSE(t.coloursIn(og.siblingAtColumn(PromiseTreeModel::TitleColumn))
                    .contains(rgbOf(QStringLiteral("forsenad"))));
}

TEST_CASE("Each status has its own colour, the ones the council report uses", "[promises][ui]") {
    CHECK(StatusDelegate::colourOf(QStringLiteral("genomford")) == QColor(0x2e, 0x7d, 0x32));
    CHECK(StatusDelegate::colourOf(QStringLiteral("paborjad")) == QColor(0x15, 0x65, 0xc0));
    CHECK(StatusDelegate::colourOf(QStringLiteral("forsenad")) == QColor(0xef, 0x6c, 0x00));
    CHECK(StatusDelegate::colourOf(QStringLiteral("avford")) == QColor(0x42, 0x42, 0x42));
    CHECK(StatusDelegate::colourOf(QStringLiteral("ej_paborjad")) == QColor(0xbd, 0xbd, 0xbd));
    CHECK(StatusDelegate::colourOf(QString()) == QColor(0xbd, 0xbd, 0xbd));
}
