// LightLegend: the key to the traffic lights, a dot and a name each, with what it means in a tooltip and the
// date the lights speak of, so that no screen shows a colour without saying what it stands for.
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;

namespace lk {

class LightLegend : public QWidget {
    Q_OBJECT
public:
    explicit LightLegend(QWidget* parent = nullptr);

    // The date the lights are assessed on.
    void setDate(const QDate& date);
    QString text() const;

private:
    QLabel* m_date;
    QStringList m_meanings;
};

} // namespace lk
