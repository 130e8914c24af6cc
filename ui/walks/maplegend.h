// MapLegend: what the pins on a map mean: round pins are unsafe places coloured by their latest assessment,
// diamonds are observations coloured by their action.
#pragma once

#include <QGroupBox>

namespace lk {

class MapLegend : public QGroupBox {
    Q_OBJECT
public:
    explicit MapLegend(QWidget* parent = nullptr);
};

} // namespace lk
