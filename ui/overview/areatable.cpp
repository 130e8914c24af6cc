#include "overview/areatable.h"

#include "common/trafficlight.h"
#include "overview/promisetable.h"
#include "promises/promiseregisters.h"

#include <QHeaderView>
#include <QResizeEvent>

namespace lk {

namespace {

QTableWidgetItem* cellOf(const QString& text, const QString& tip = {}) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    item->setToolTip(tip);
    return item;
}

QTableWidgetItem* lightCell(const PromiseProgress::Line& line, const QDate& to) {
    auto* item = cellOf(PromiseProgress::lightName(line.light), PromiseProgress::explanation(line, to));
    item->setIcon(lightIcon(line.light));
    item->setData(PromiseTable::LightRole, int(line.light));
    return item;
}

QString valueOf(const KeyFigures& figures, const QString& label) {
    for (const KeyFigures::Figure& figure : figures.figures()) {
        if (figure.label == label)
            return figure.value;
    }
    return {};
}

} // namespace

AreaTable::AreaTable(QWidget* parent)
    : QTableWidget(parent) {
    setObjectName(QStringLiteral("areaTable"));
    setAccessibleName(tr("The police area's municipalities side by side"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void AreaTable::setArea(const PoliceArea& area, qint64 chosenId) {
    QList<const PoliceArea::Municipality*> columns;
    for (const PoliceArea::Municipality& one : area.municipalities) {
        if (one.municipality.id == chosenId)
            columns.prepend(&one);
        else
            columns.append(&one);
    }
    const QStringList promises = area.promiseTitles();
    const QStringList figures = area.keyFigureLabels();
    clear();
    setColumnCount(int(columns.size()));
    setRowCount(int(promises.size() + figures.size()));
    setVerticalHeaderLabels(promises + figures);
    for (int column = 0; column < columns.size(); ++column) {
        const PoliceArea::Municipality& one = *columns.at(column);
        auto* head = cellOf(one.municipality.value(municipalities::name).toString());
        if (one.municipality.id == chosenId) {
            QFont bold = font();
            bold.setBold(true);
            head->setFont(bold);
        }
        if (!one.period)
            head->setToolTip(tr("No period named %1").arg(area.periodName));
        setHorizontalHeaderItem(column, head);
        for (int row = 0; row < promises.size(); ++row) {
            const PromiseProgress::Line* line = one.line(promises.at(row));
            setItem(row, column,
                    line ? lightCell(*line, one.to)
                         : cellOf(QStringLiteral("—"),
                                  one.period ? tr("No promise of this name in %1").arg(area.periodName)
                                             : tr("No period named %1").arg(area.periodName)));
        }
        for (int row = 0; row < figures.size(); ++row) {
            const QString value = one.keyFigures ? valueOf(*one.keyFigures, figures.at(row)) : QString();
            setItem(int(promises.size()) + row, column,
                    cellOf(value.isEmpty() ? QStringLiteral("—") : value));
        }
    }
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    fitHeight();
}

void AreaTable::resizeEvent(QResizeEvent* event) {
    QTableWidget::resizeEvent(event);
    // The columns' widths decide where the text wraps, and so how tall each row is.
    fitHeight();
}

void AreaTable::fitHeight() {
    resizeRowsToContents();
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int row = 0; row < rowCount(); ++row) {
        setRowHeight(row, rowHeight(row) + 6);
        height += rowHeight(row);
    }
    setFixedHeight(height);
}

} // namespace lk
