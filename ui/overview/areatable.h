// AreaTable: the municipalities of the chosen municipality's police area side by side on Översikt, a column
// each: every promise's assessment (its light in words, the figures in the tooltip) and the key figures, for
// the period of the same name and the same dates. The chosen municipality's column comes first; a
// municipality without that period or promise says so rather than leave a blank.
#pragma once

#include "report/policearea.h"

#include <QTableWidget>

class QTimer;

namespace lk {

class AreaTable : public QTableWidget {
    Q_OBJECT
public:
    explicit AreaTable(QWidget* parent = nullptr);

    // Draws `area` with the municipality `chosenId` first.
    void setArea(const PoliceArea& area, qint64 chosenId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // As tall as its rows, each as tall as its wrapped text and some air: the page scrolls as a whole.
    void fitHeight();

    // Fitting the rows lays out every cell's text (5 ms for a region's area of nine municipalities); the
    // window's start resized the table four times, each fit setting the height that resized it again. A
    // fill and the resizes that follow it now fit once, when the events in hand are done.
    QTimer* m_refit;
};

} // namespace lk
