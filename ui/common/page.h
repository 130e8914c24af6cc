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
    // What the navigation shows beside the title: a count, or a warning such as "2 overdue".
    virtual QString badge() const { return {}; }

signals:
    void badgeChanged();
};

} // namespace lk
