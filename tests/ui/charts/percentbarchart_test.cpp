#include "catchqt.h"
#include "charts/percentbarchart.h"

#include <QChart>
#include <QGraphicsSimpleTextItem>

using namespace lk;

TEST_CASE("A share is labelled with what it is a share of", "[charts]") {
    PercentBarChart chart;
    chart.resize(400, 300);
    chart.setData({QStringLiteral("2021"), QStringLiteral("2022")},
                  {{QStringLiteral("Kontrollköp"), {75, 50}, {12, 4}},
                   {QStringLiteral("Tillsyner"), {-1, 100}, {0, 7}}});
    QStringList labels;
    for (QGraphicsItem* item : chart.chart()->childItems()) {
        if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            labels << text->text();
    }
    labels.sort();
    CHECK(labels == QStringList{QStringLiteral("100 %\nn = 7"), QStringLiteral("50 %\nn = 4"),
                                QStringLiteral("75 %\nn = 12"), QStringLiteral("n = 0")});
}
