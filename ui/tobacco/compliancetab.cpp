#include "tobacco/compliancetab.h"

#include "charts/percentbarchart.h"
#include "document/document.h"
#include "promises/promiseregisters.h"
#include "tobacco/tobaccoregisters.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lk {

namespace {

QString percent(double share) {
    return share < 0 ? QStringLiteral("–") : QStringLiteral("%1 %").arg(qRound(share));
}

} // namespace

ComplianceTab::ComplianceTab(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_byHalfYear(new QRadioButton(tr("By &half-year"), this))
    , m_byYear(new QRadioButton(tr("By &year"), this))
    , m_chart(new PercentBarChart(this))
    , m_figures(new QTableWidget(this)) {
    m_byHalfYear->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_byHalfYear);
    group->addButton(m_byYear);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Compliance in the period:"), this));
    top->addWidget(m_byHalfYear);
    top->addWidget(m_byYear);
    top->addStretch();

    m_figures->setColumnCount(7);
    m_figures->setAccessibleName(tr("Compliance figures"));
    m_figures->setHorizontalHeaderLabels({tr("Period"), tr("Test purchases"), tr("Asked or refused"),
                                          tr("Share"), tr("Inspections"), tr("Without deficiency"),
                                          tr("Share")});
    m_figures->verticalHeader()->hide();
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setSelectionMode(QAbstractItemView::NoSelection);
    // Each column as wide as its header or figures, never cut to share the width equally.
    m_figures->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_figures->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_figures);
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
        if (on)
            refresh();
    });
    connect(m_document, &Document::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(TobaccoRegisters::testPurchases().table) ||
            tables.contains(TobaccoRegisters::inspections().table) ||
            tables.contains(TobaccoRegisters::inspectionResults().table))
            refresh();
    });
}

void ComplianceTab::setScope(qint64 municipalityId, qint64 periodId) {
    m_municipalityId = municipalityId;
    m_periodId = periodId;
    refresh();
}

void ComplianceTab::refresh() {
    const Repository repository = m_document->repository();
    auto period = repository.findById(PromiseRegisters::periods(), m_periodId);
    if (!period || !*period) {
        m_chart->setData({}, {});
        m_figures->setRowCount(0);
        return;
    }
    auto slices = Compliance::of(repository, m_municipalityId, (*period)->value(periods::startDate).toDate(),
                                 (*period)->value(periods::endDate).toDate(),
                                 m_byYear->isChecked() ? Compliance::Step::Year : Compliance::Step::HalfYear);
    if (!slices) {
        m_document->reportReadFailure(slices.message());
        return;
    }
    QStringList categories;
    PercentBarChart::Series asked{tr("Test purchases with ID asked or sale refused"), {}};
    PercentBarChart::Series clean{tr("Inspections without deficiency"), {}};
    m_figures->setRowCount(int(slices->size()));
    for (int row = 0; row < slices->size(); ++row) {
        const Compliance::Slice& slice = slices->at(row);
        categories << slice.label;
        asked.values << slice.idAskedShare();
        clean.values << slice.withoutDeficiencyShare();
        const QStringList cells{slice.label,
                                QString::number(slice.purchases),
                                QString::number(slice.idAsked),
                                percent(slice.idAskedShare()),
                                QString::number(slice.inspections),
                                QString::number(slice.withoutDeficiency),
                                percent(slice.withoutDeficiencyShare())};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setTextAlignment(column == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                               : Qt::AlignRight | Qt::AlignVCenter);
            m_figures->setItem(row, column, item);
        }
    }
    m_chart->setData(categories, {asked, clean});
    // The table as tall as its rows: the chart takes the room.
    m_figures->setFixedHeight(m_figures->horizontalHeader()->height() + 4 +
                              m_figures->verticalHeader()->defaultSectionSize() * m_figures->rowCount());
}

} // namespace lk
