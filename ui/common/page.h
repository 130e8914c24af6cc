// Page: one entry of the window's navigation; shows its register for the chosen period.
#pragma once

#include <QWidget>

namespace lk {

class Page : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual void setPeriod(qint64 periodId) = 0;
};

} // namespace lk
