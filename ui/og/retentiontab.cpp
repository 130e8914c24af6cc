#include "og/retentiontab.h"

#include "document/document.h"
#include "og/ogregisters.h"
#include "og/retention.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lk {

RetentionTab::RetentionTab(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_months(new QSpinBox(this))
    , m_due(new QTableWidget(0, 2, this))
    , m_thin(new QPushButton(tr("Thin these cases…"), this))
    , m_status(new QLabel(this)) {
    auto* explanation = new QLabel(
        tr("Case data about individuals is kept only as long as it is needed. After the time below, a closed "
           "case, "
           "or one not discussed since, is thinned: its background and the notes and decisions of its "
           "discussions "
           "are removed for good, also from the change log. Its code, dates, path and outcome stay for the "
           "statistics."),
        this);
    explanation->setWordWrap(true);
    m_months->setRange(1, 240);
    m_months->setSuffix(tr(" months"));
    m_months->setObjectName(QStringLiteral("retentionMonths"));
    auto* setting = new QHBoxLayout;
    auto* label = new QLabel(tr("&Thin case data after:"), this);
    label->setBuddy(m_months);
    setting->addWidget(label);
    setting->addWidget(m_months);
    setting->addStretch();
    m_due->setHorizontalHeaderLabels({tr("Case"), tr("Due because")});
    m_due->setAccessibleName(tr("Cases due for thinning"));
    m_due->verticalHeader()->hide();
    m_due->horizontalHeader()->setStretchLastSection(true);
    m_due->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_due->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_thin->setObjectName(QStringLiteral("thin"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_thin);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(setting);
    layout->addWidget(m_due, 1);
    layout->addLayout(buttons);

    connect(m_months, &QSpinBox::editingFinished, this, [this] {
        if (auto saved = Retention::setMonths(m_document->repository(), m_months->value()); !saved)
            QMessageBox::warning(this, tr("Not saved"), saved.message());
        refresh();
    });
    connect(m_thin, &QPushButton::clicked, this, &RetentionTab::thinAll);
}

void RetentionTab::setMunicipality(qint64 municipalityId) {
    m_municipalityId = municipalityId;
    refresh();
}

void RetentionTab::refresh() {
    const Repository repository = m_document->repository();
    auto months = Retention::months(repository);
    auto due = Retention::due(repository, m_municipalityId, QDate::currentDate());
    if (!months || !due) {
        m_status->setText(!months ? months.message() : due.message());
        return;
    }
    m_months->setValue(*months);
    m_due->setRowCount(0);
    m_dueUuids.clear();
    for (const Retention::Due& item : *due) {
        const int row = m_due->rowCount();
        m_due->insertRow(row);
        m_due->setItem(row, 0, new QTableWidgetItem(item.code));
        m_due->setItem(row, 1, new QTableWidgetItem(item.reason));
        m_dueUuids << item.uuid;
    }
    m_thin->setEnabled(!m_document->isReadOnly() && !m_dueUuids.isEmpty());
    m_status->setText(m_dueUuids.isEmpty() ? tr("No case is due for thinning.")
                                           : tr("%n case(s) due for thinning.", "", int(m_dueUuids.size())));
}

int RetentionTab::thinAll() {
    if (m_dueUuids.isEmpty())
        return 0;
    const auto answer = QMessageBox::question(this, tr("Thin case data"),
                                              tr("Remove the background, notes and decisions of %n case(s) "
                                                 "for good? This cannot be undone; the codes, "
                                                 "dates, paths and outcomes stay for the statistics.",
                                                 "", int(m_dueUuids.size())));
    if (answer != QMessageBox::Yes)
        return 0;
    auto count = Retention::thin(m_document->repository(), m_dueUuids, QDate::currentDate());
    if (!count) {
        QMessageBox::warning(this, tr("Not thinned"), count.message());
        return 0;
    }
    // Thinning is not on the undo stack (it must not come back); the views reload.
    m_document->notifyExternalChange({ogCases::table, ogCaseNotes::table});
    refresh();
    m_status->setText(tr("%n case(s) thinned.", "", *count));
    emit thinned();
    return *count;
}

} // namespace lk
