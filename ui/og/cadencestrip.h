// CadenceStrip: the last twelve months as boxes, a meeting held or missing in each, and the year's meetings
// beside the promise's target: which months had no meeting, at a glance.
#pragma once

#include "og/cadence.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace lk {

class CadenceStrip : public QWidget {
    Q_OBJECT
public:
    explicit CadenceStrip(QWidget* parent = nullptr);

    void setCadence(const QList<Cadence::Month>& months, const QList<Cadence::Year>& years);
    // The text of each month's box ("mar 2021: 1 meeting"), for tests and screen readers.
    QStringList monthTexts() const;
    QString summary() const;

private:
    QHBoxLayout* m_months;
    QLabel* m_summary;
    QList<QLabel*> m_boxes;
};

} // namespace lk
