// IndicatorsPage: the outcome measures the promises aim at: the list beside the selected indicator's
// definition, its trend against baseline and target, and its values, typed in or imported from a CSV file.
#pragma once

#include "common/page.h"

class QLabel;
class QPushButton;
class QTabWidget;

namespace lk {

class Document;
class RecordForm;
class RecordListPanel;
class TrendChart;

class IndicatorsPage : public Page {
    Q_OBJECT
public:
    explicit IndicatorsPage(Document* document, QWidget* parent = nullptr);

    QString title() const override { return tr("Indicators"); }
    void setPeriod(qint64 periodId) override;

    // Built on first use.
    RecordListPanel* list() {
        build();
        return m_list;
    }
    RecordForm* form() {
        build();
        return m_form;
    }
    RecordListPanel* values() {
        build();
        return m_values;
    }
    TrendChart* chart() {
        build();
        return m_chart;
    }
    QLabel* outlook() {
        build();
        return m_outlook;
    }
    // "Trend and values", then "Definition".
    QTabWidget* detail() {
        build();
        return m_detail;
    }
    // Previews a CSV file of values (for the selected indicator when it names none) and imports it when the
    // user says so; true when something was imported.
    bool importFile(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void build();
    void showSelected();
    void chooseFile();

    Document* m_document;
    RecordListPanel* m_list = nullptr;
    RecordForm* m_form = nullptr;
    RecordListPanel* m_values = nullptr;
    TrendChart* m_chart = nullptr;
    QLabel* m_outlook = nullptr;
    QPushButton* m_import = nullptr;
    QTabWidget* m_detail = nullptr;
    qint64 m_municipalityId = 0;
};

} // namespace lk
