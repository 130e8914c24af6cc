#include "charts/monthbarchart.h"

#include "charts/barparts.h"
#include "charts/chartview.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace lk {

namespace {

constexpr int namedMonths = 12;

} // namespace

MonthBarChart::MonthBarChart(QWidget* parent)
    : QWidget(parent)
    , m_view(chartView(this)) {}

QChart* MonthBarChart::chart() const {
    return m_view->chart();
}

QString MonthBarChart::monthName(int month) {
    static const char* const names[] = {QT_TR_NOOP("Jan"), QT_TR_NOOP("Feb"), QT_TR_NOOP("Mar"),
                                        QT_TR_NOOP("Apr"), QT_TR_NOOP("May"), QT_TR_NOOP("Jun"),
                                        QT_TR_NOOP("Jul"), QT_TR_NOOP("Aug"), QT_TR_NOOP("Sep"),
                                        QT_TR_NOOP("Oct"), QT_TR_NOOP("Nov"), QT_TR_NOOP("Dec")};
    return tr(names[month - 1]);
}

void MonthBarChart::setData(const QList<QDate>& months, const QList<int>& counts, const QString& name,
                            double target, const QString& targetName) {
    m_months = months;
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);

    QBarSet* set = bars::add(chart, counts, name, months.size() <= namedMonths);
    connect(set, &QBarSet::hovered, this, [this, set](bool over, int index) {
        if (over && index < m_months.size())
            QToolTip::showText(QCursor::pos(), tr("%1 %2: %3")
                                                   .arg(monthName(m_months.at(index).month()))
                                                   .arg(m_months.at(index).year())
                                                   .arg(int(set->at(index))));
    });

    // Bar i stands at i; a label sits in the middle of the months it names.
    auto* x = new QCategoryAxis;
    x->setRange(-0.5, double(months.size()) - 0.5);
    x->setStartValue(-0.5);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    x->setTruncateLabels(false);
    if (months.size() <= namedMonths) {
        for (int at = 0; at < months.size(); ++at)
            x->append(monthName(months.at(at).month()), at + 0.5);
        if (!months.isEmpty())
            x->setTitleText(
                months.first().year() == months.last().year()
                    ? QString::number(months.first().year())
                    : QStringLiteral("%1–%2").arg(months.first().year()).arg(months.last().year()));
    } else {
        for (int at = 0; at < months.size(); ++at) {
            if (at + 1 == months.size() || months.at(at + 1).year() != months.at(at).year())
                x->append(QString::number(months.at(at).year()), at + 0.5);
        }
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->series().first()->attachAxis(x);
    QValueAxis* y = bars::countAxis(chart, counts, target);
    bars::targetLine(chart, x, y, months.size(), target, targetName);
}

} // namespace lk
