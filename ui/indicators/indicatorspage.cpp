#include "indicators/indicatorspage.h"

#include "charts/trendchart.h"
#include "charts/trenddata.h"
#include "common/csvimportdialog.h"
#include "common/listbesidedetail.h"
#include "common/recorddialog.h"
#include "common/recordform.h"
#include "common/recordlistpanel.h"
#include "document/document.h"
#include "indicators/indicatorcsv.h"
#include "indicators/indicatorregisters.h"
#include "indicators/indicatortrend.h"
#include "io/csvtable.h"
#include "promises/promiseregisters.h"
#include "register/recordtablemodel.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lk {

namespace {

const QStringList indicatorFields{indicators::name,       indicators::unit,         indicators::source,
                                  indicators::direction,  indicators::baselineYear, indicators::baselineValue,
                                  indicators::targetYear, indicators::targetValue,  indicators::focusAreaId,
                                  indicators::description};

const QStringList valueFields{indicatorValues::year, indicatorValues::quarter, indicatorValues::value,
                              indicatorValues::note};

} // namespace

IndicatorsPage::IndicatorsPage(Document* document, QWidget* parent)
    : Page(document, parent) {}

void IndicatorsPage::applyPeriod() {
    m_list->setParentRecord(indicators::municipalityId, municipalityId());
}

void IndicatorsPage::build() {
    m_list = new RecordListPanel(document(), IndicatorRegisters::indicators(), {indicators::name}, this);
    m_list->setFilterVisible(true);
    m_list->setStretchColumn(indicators::name);
    m_list->setMinimumWidth(280); // the chart beside it would otherwise squeeze the filter box to nothing
    m_list->setNewFields(indicatorFields);
    m_list->setDefaults([] { return QVariantMap{{indicators::direction, QStringLiteral("lagre")}}; });
    m_form = new RecordForm(document(), IndicatorRegisters::indicators(), indicatorFields, this);
    m_chart = new TrendChart(this);
    m_chart->setObjectName(QStringLiteral("trend"));
    m_outlook = new QLabel(this);
    m_outlook->setObjectName(QStringLiteral("outlook"));
    m_outlook->setWordWrap(true);
    m_outlook->setTextFormat(Qt::PlainText);
    m_values = new RecordListPanel(document(), IndicatorRegisters::values(), valueFields, this);
    m_values->setStretchColumn(indicatorValues::note);
    m_values->setEditFields(valueFields);
    m_values->setDefaults([] {
        return QVariantMap{{indicatorValues::year, QDate::currentDate().year() - 1},
                           {indicatorValues::quarter, QStringLiteral("0")}};
    });
    m_values->setDialogSetup([](RecordDialog& dialog, const Record* stored) {
        if (!stored)
            dialog.enableSaveAndNew();
    });
    m_import = new QPushButton(tr("Import from &CSV…"), this);
    m_import->setObjectName(QStringLiteral("importCsv"));
    m_import->setEnabled(!document()->isReadOnly());
    m_import->setToolTip(
        tr("Values from a file saved by Excel or a statistics site: the columns Indikator, År, "
           "Kvartal and Värde"));

    // The trend and the values first, where the eye goes; the definition, edited seldom, on its own tab.
    auto* trend = new QWidget(this);
    auto* trendLayout = new QVBoxLayout(trend);
    trendLayout->addWidget(m_outlook);
    trendLayout->addWidget(m_chart, 3);
    trendLayout->addWidget(m_values, 2);
    trendLayout->addWidget(m_import, 0, Qt::AlignLeft);
    m_values->setMinimumRows(4);
    auto* definition = new QWidget(this);
    auto* definitionLayout = new QVBoxLayout(definition);
    definitionLayout->addWidget(m_form);
    definitionLayout->addStretch();
    m_detail = new QTabWidget(this);
    m_detail->setObjectName(QStringLiteral("indicatorDetail"));
    m_detail->addTab(trend, tr("Trend and &values"));
    m_detail->addTab(definition, tr("&Definition"));
    auto* page = new QWidget(this);
    listBesideDetail(page, m_list, m_detail, 3, 10);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(page);

    connect(m_import, &QPushButton::clicked, this, &IndicatorsPage::chooseFile);
    connect(m_list->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IndicatorsPage::showSelected);
    connect(m_list->view()->model(), &QAbstractItemModel::modelReset, this, &IndicatorsPage::showSelected);
    connect(document(), &Document::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(IndicatorRegisters::values().table) ||
            tables.contains(IndicatorRegisters::indicators().table))
            showSelected();
    });
    showSelected();
}

void IndicatorsPage::showSelected() {
    const QString uuid = m_list->selectedUuid();
    m_form->bind(uuid);
    auto indicator = document()->repository().find(IndicatorRegisters::indicators(), uuid);
    const bool shown = !uuid.isEmpty() && indicator && *indicator;
    m_values->setParentRecord(indicatorValues::indicatorId, shown ? (*indicator)->id : -1);
    m_values->setEnabled(shown);
    if (!shown) {
        m_outlook->setText(tr("Choose an indicator to see its trend and values, or add one with New."));
        m_chart->setData({});
        return;
    }
    auto trend = IndicatorTrend::of(document()->repository(), **indicator);
    if (!trend) {
        document()->reportReadFailure(trend.message());
        return;
    }
    m_outlook->setText(trend->summary());
    m_chart->setData(trendDataOf(*trend));
}

void IndicatorsPage::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import indicator values"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool IndicatorsPage::importFile(const QString& path) {
    ensureBuilt();
    auto selected = document()->repository().find(IndicatorRegisters::indicators(), m_list->selectedUuid());
    const qint64 indicatorId = selected && *selected ? (*selected)->id : 0;
    const auto read = [this, indicatorId](const QByteArray& bytes) {
        return IndicatorCsv::read(document()->repository(), municipalityId(), bytes, indicatorId);
    };
    return CsvImportDialog::importFile(document(), path, read,
                                       tr("Import indicator values from %1").arg(QFileInfo(path).fileName()),
                                       tr("Import of indicator values"), this);
}

} // namespace lk
