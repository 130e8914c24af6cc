// ComplianceTab: how well the retailers keep the rules over the chosen period, by half-year or year: a chart
// of the share of test purchases where the seller asked for ID (or refused), and of inspections without any
// deficiency, with the figures behind it in a table.
#pragma once

#include "tobacco/compliance.h"

#include <QWidget>

class QRadioButton;
class QTableWidget;

namespace lk {

class Document;
class PercentBarChart;

class ComplianceTab : public QWidget {
    Q_OBJECT
public:
    explicit ComplianceTab(Document* document, QWidget* parent = nullptr);

    void setScope(qint64 municipalityId, qint64 periodId);
    void refresh();

    PercentBarChart* chart() const { return m_chart; }
    QTableWidget* figures() const { return m_figures; }
    QRadioButton* byYear() const { return m_byYear; }

private:
    Document* m_document;
    QRadioButton* m_byHalfYear;
    QRadioButton* m_byYear;
    PercentBarChart* m_chart;
    QTableWidget* m_figures;
    qint64 m_municipalityId = 0;
    qint64 m_periodId = 0;
};

} // namespace lk
