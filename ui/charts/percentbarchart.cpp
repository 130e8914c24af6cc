#include "charts/percentbarchart.h"

#include "charts/chartpalette.h"
#include "charts/chartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace lk {

namespace {

constexpr qreal groupWidth = 0.7;

} // namespace

PercentBarChart::PercentBarChart(QWidget* parent)
    : QWidget(parent)
    , m_view(chartView(this)) {
    connect(m_view->chart(), &QChart::plotAreaChanged, this, &PercentBarChart::placeLabels);
}

QChart* PercentBarChart::chart() const {
    return m_view->chart();
}

void PercentBarChart::setData(const QStringList& categories, const QList<Series>& series) {
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    qDeleteAll(m_labels);
    m_labels.clear();
    m_series = series;

    auto* bars = new QBarSeries;
    // Qt's own theme colours fall below 3:1 against white; ours reach it.
    const QRgb colours[] = {chartPalette::measured, chartPalette::second};
    bars->setBarWidth(groupWidth);
    for (const Series& one : series) {
        auto* set = new QBarSet(one.name);
        set->setColor(QColor(colours[bars->count() % 2]));
        set->setLabelColor(QColor(chartPalette::barLabel));
        for (double value : one.values)
            *set << std::max(0.0, std::round(value)); // whole per cent: "67 %", not "66.6667 %"
        bars->append(set);
    }
    chart->addSeries(bars);
    // The second series hatched, so that the two read apart in grey print.
    if (bars->count() > 1) {
        QBarSet* second = bars->barSets().at(1);
        second->setBrush(QBrush(second->color(), Qt::BDiagPattern));
        second->setBorderColor(second->color().darker(130));
    }

    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    // Room above 100 % for a full bar's label; the ticks stop at 100 %.
    auto* y = new QValueAxis;
    y->setRange(0, 119);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(20);
    y->setLabelFormat(QStringLiteral("%.0f %"));
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);

    // The labels are the chart's own items, placed when the plot area is known (and again when it moves).
    for (qsizetype at = 0; at < series.size(); ++at) {
        for (qsizetype category = 0; category < series.at(at).values.size(); ++category) {
            const double value = series.at(at).values.at(category);
            const int size = series.at(at).sizes.value(category, -1);
            auto* label = new QGraphicsSimpleTextItem(chart);
            QString text = value < 0 ? QString() : QStringLiteral("%1 %").arg(std::lround(value));
            if (size >= 0)
                text += (text.isEmpty() ? QString() : QStringLiteral("\n")) +
                        tr("n = %1").arg(QLocale().toString(size));
            label->setText(text);
            label->setData(0, at);
            label->setData(1, category);
            m_labels << label;
        }
    }
    placeLabels();
}

void PercentBarChart::placeLabels() {
    QChart* chart = m_view->chart();
    if (chart->series().isEmpty() || m_series.isEmpty())
        return;
    QAbstractSeries* bars = chart->series().first();
    const double width = groupWidth / double(m_series.size());
    for (QGraphicsSimpleTextItem* label : std::as_const(m_labels)) {
        const qsizetype at = label->data(0).toInt();
        const qsizetype category = label->data(1).toInt();
        const double value = std::max(0.0, std::round(m_series.at(at).values.at(category)));
        const double middle = double(category) - groupWidth / 2 + (double(at) + 0.5) * width;
        const QPointF top = chart->mapToPosition(QPointF(middle, value), bars);
        label->setFont(chart->font());
        label->setBrush(QBrush(Qt::black));
        // Over the bars, which would hide it; above its bar, clear of the hatching.
        label->setZValue(1000);
        const QSizeF size = label->boundingRect().size();
        label->setPos(top.x() - size.width() / 2, top.y() - size.height() - 2);
    }
}

} // namespace lk
