// IndicatorsPage: the outcome measures the promises aim at: the list beside the selected indicator's
// definition, its trend against baseline and target, and its values, typed in or imported from a CSV file.
#pragma once

#include "common/page.h"

class QLabel;
class QPushButton;
class QTabWidget;

namespace lk {

class RecordForm;
class RecordListPanel;
class TrendChart;

class IndicatorsPage : public Page {
    Q_OBJECT
public:
    explicit IndicatorsPage(Document* document, QWidget* parent = nullptr);

    QString title() const override { return tr("Indicators"); }

    RecordListPanel* list() { return built(m_list); }
    RecordForm* form() { return built(m_form); }
    RecordListPanel* values() { return built(m_values); }
    TrendChart* chart() { return built(m_chart); }
    QLabel* outlook() { return built(m_outlook); }
    // "Trend and values", then "Definition".
    QTabWidget* detail() { return built(m_detail); }
    // Previews a CSV file of values (for the selected indicator when it names none) and imports it when the
    // user says so; true when something was imported.
    bool importFile(const QString& path);

private:
    void build() override;
    void applyPeriod() override;
    void showSelected();
    void chooseFile();

    RecordListPanel* m_list = nullptr;
    RecordForm* m_form = nullptr;
    RecordListPanel* m_values = nullptr;
    TrendChart* m_chart = nullptr;
    QLabel* m_outlook = nullptr;
    QPushButton* m_import = nullptr;
    QTabWidget* m_detail = nullptr;
};

} // namespace lk
