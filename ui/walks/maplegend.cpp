#include "walks/maplegend.h"

#include "walks/pinsymbol.h"

#include <QGridLayout>
#include <QLabel>

namespace lk {

namespace {

void addSection(QGridLayout* grid, const QString& heading, bool place, const QList<Pins::State>& states,
                QWidget* parent) {
    auto* title = new QLabel(heading, parent);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    int row = grid->rowCount();
    grid->addWidget(title, row++, 0, 1, 2);
    for (const Pins::State state : states) {
        auto* symbol = new QLabel(parent);
        symbol->setPixmap(PinSymbol::icon(place, state, parent->devicePixelRatioF()));
        auto* label = new QLabel(PinSymbol::labelOf(state), parent);
        label->setWordWrap(true);
        grid->addWidget(symbol, row, 0);
        grid->addWidget(label, row++, 1);
    }
}

} // namespace

MapLegend::MapLegend(QWidget* parent)
    : QGroupBox(tr("Legend"), parent) {
    setObjectName(QStringLiteral("mapLegend"));
    auto* grid = new QGridLayout(this);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    addSection(grid, tr("Places, by latest assessment"), true, PinSymbol::placeStates(), this);
    grid->setRowMinimumHeight(grid->rowCount(), 6);
    addSection(grid, tr("Observations, by action"), false, PinSymbol::observationStates(), this);
}

} // namespace lk
