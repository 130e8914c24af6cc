#include "tobacco/retailerstab.h"

#include "common/isodate.h"
#include "common/listbesidedetail.h"
#include "common/recorddialog.h"
#include "common/recordform.h"
#include "common/recordlistpanel.h"
#include "common/titledgroup.h"
#include "document/document.h"
#include "register/recordtablemodel.h"
#include "tobacco/retailerfollowup.h"
#include "tobacco/retailerhistory.h"
#include "tobacco/tobaccoregisters.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lk {

namespace {

const QStringList retailerFields{retailers::name,         retailers::orgNumber,   retailers::address,
                                 retailers::status,       retailers::hasPermit,   retailers::permitNumber,
                                 retailers::permitOn,     retailers::sellsFolkol, retailers::sellsEcigarettes,
                                 retailers::sellsNicotine};

} // namespace

RetailersTab::RetailersTab(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    // The address stands in the form beside: the list keeps its width for when each is next due.
    , m_list(new RecordListPanel(document, TobaccoRegisters::retailers(),
                                 {retailers::name, retailers::status}, this))
    , m_form(new RecordForm(document, TobaccoRegisters::retailers(), retailerFields, this))
    , m_due(new QLabel(this))
    , m_history(new QTreeWidget(this))
    , m_months(new QSpinBox(this)) {
    m_list->setFilterVisible(true);
    m_list->setStretchColumn(retailers::name);
    m_list->setNewFields(retailerFields);
    m_list->setDefaults([] { return QVariantMap{{retailers::status, QStringLiteral("aktiv")}}; });
    m_list->setDialogSetup([](RecordDialog& dialog, const Record* stored) {
        if (!stored)
            dialog.enableSaveAndNew();
    });
    // Overdue for inspection, or with a follow-up past its date: tinted, so the next visit is planned.
    m_list->setRowTint([this](const Record& retailer) {
        return m_late.contains(retailer.id) ? QColor(0xff, 0xeb, 0xee) : QColor();
    });

    m_due->setObjectName(QStringLiteral("due"));
    m_due->setWordWrap(true);
    m_due->setTextFormat(Qt::PlainText);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setAccessibleName(tr("History"));
    m_history->setColumnCount(3);
    m_history->setHeaderLabels({tr("Date"), tr("What"), tr("Result")});
    m_history->setRootIsDecorated(false);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(titledGroup(tr("Retailer"), m_form, detail));
    detailLayout->addWidget(titledGroup(tr("Due"), m_due, detail));
    detailLayout->addWidget(titledGroup(tr("History"), m_history, detail), 1);
    // How long between inspections, for the whole file; the list's tint and the dates follow at once.
    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* setting = new QHBoxLayout;
    auto* label = new QLabel(tr("&Inspect each retailer every:"), listSide);
    label->setBuddy(m_months);
    m_months->setObjectName(QStringLiteral("inspectionMonths"));
    m_months->setRange(1, 60);
    m_months->setEnabled(!m_document->isReadOnly());
    m_months->setSuffix(tr(" months"));
    if (auto months = RetailerFollowUp::months(m_document->repository()))
        m_months->setValue(*months);
    setting->addWidget(label);
    setting->addWidget(m_months);
    setting->addStretch();
    listLayout->addLayout(setting);
    listLayout->addWidget(m_list);
    // The tint's meaning in words, so that it is not told by colour alone.
    auto* key = new QLabel(tr("Tinted: due now, as its inspection status says (never inspected, or past the "
                              "date of its next inspection or of a follow-up)."),
                           listSide);
    key->setObjectName(QStringLiteral("dueKey"));
    key->setWordWrap(true);
    listLayout->addWidget(key);
    connect(m_months, &QSpinBox::editingFinished, this, [this] {
        if (auto saved = RetailerFollowUp::setMonths(m_document->repository(), m_months->value()); !saved)
            QMessageBox::warning(this, tr("Not saved"), saved.message());
        findLate();
        showDueColumns();
        showSelected();
        emit dueChanged();
    });
    listBesideDetail(this, listSide, detail, 1, 2);

    connect(m_list->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RetailersTab::showSelected);
    connect(m_list->view()->model(), &QAbstractItemModel::modelReset, this, &RetailersTab::showSelected);
    connect(m_document, &Document::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(TobaccoRegisters::inspections().table) ||
            tables.contains(TobaccoRegisters::testPurchases().table) ||
            tables.contains(TobaccoRegisters::inspectionResults().table) ||
            tables.contains(TobaccoRegisters::retailers().table)) {
            findLate();
            showSelected();
        }
    });
    showSelected();
}

void RetailersTab::findLate() {
    auto late = RetailerFollowUp::late(m_document->repository(), m_municipalityId, QDate::currentDate());
    if (!late) {
        m_late.clear();
        m_document->reportReadFailure(late.message());
        return;
    }
    m_late = *late;
    m_list->view()->viewport()->update();
}

void RetailersTab::setScope(qint64 municipalityId) {
    m_municipalityId = municipalityId;
    findLate();
    m_list->setParentRecord(retailers::municipalityId, municipalityId);
    showDueColumns();
    showSelected();
}

void RetailersTab::showDueColumns() {
    auto columns = RetailerFollowUp::columns(m_document->repository(), QDate::currentDate());
    if (!columns) {
        m_document->reportReadFailure(columns.message());
        return;
    }
    const QString selected = m_list->selectedUuid();
    m_list->setComputedColumns(*columns);
    if (!selected.isEmpty())
        m_list->selectRecord(selected);
}

void RetailersTab::showSelected() {
    const QString uuid = m_list->selectedUuid();
    m_form->bind(uuid);
    m_history->clear();
    m_due->clear();
    const Repository repository = m_document->repository();
    auto retailer = repository.find(TobaccoRegisters::retailers(), uuid);
    if (uuid.isEmpty() || !retailer || !*retailer) {
        m_due->setText(tr("Choose a retailer to see when it is due and what has happened there."));
        return;
    }
    const QDate today = QDate::currentDate();
    auto due = RetailerFollowUp::ofRetailer(repository, **retailer, today);
    if (!due) {
        m_due->setText(due.message());
        return;
    }
    QStringList lines;
    lines << (due->lastInspection.isValid()
                  ? tr("Last inspection %1. Next inspection by %2%3.")
                        .arg(isoDate(due->lastInspection), isoDate(due->nextInspection),
                             due->nextInspection < today ? tr(" (overdue)") : QString())
                  : tr("Never inspected: due now."));
    for (const Record& open : due->openFollowUps) {
        const QDate followUpOn = open.value(inspections::followUpOn).toDate();
        lines << tr("Open follow-up of the inspection %1: by %2%3.")
                     .arg(isoDate(open.value(inspections::heldOn).toDate()), isoDate(followUpOn),
                          followUpOn < today ? tr(" (overdue)") : QString());
    }
    if (due->openFollowUps.isEmpty())
        lines << tr("No open follow-up.");
    m_due->setText(lines.join(u'\n'));

    // The history, newest first: inspections with their deficiencies and decision, test purchases with their
    // outcome and dialogue.
    auto history = RetailerHistory::of(repository, (*retailer)->id);
    if (!history) {
        m_document->reportReadFailure(history.message());
        return;
    }
    const FieldSpec& kind = TobaccoRegisters::inspections().field(inspections::kind);
    const FieldSpec& decision = TobaccoRegisters::inspections().field(inspections::decision);
    const FieldSpec& outcome = TobaccoRegisters::testPurchases().field(testPurchases::outcome);
    for (const RetailerHistory::Entry& entry : std::as_const(*history)) {
        QStringList row{isoDate(entry.on)};
        if (entry.what == RetailerHistory::Entry::What::Inspection) {
            row << tr("Inspection (%1)").arg(kind.displayText(entry.kind).toLower())
                << tr("%n deficiency(ies), decision: %1", "", entry.deficiencies)
                       .arg(decision.displayText(entry.decision).toLower());
        } else {
            QString result = outcome.displayText(entry.outcome);
            if (entry.dialogueOn.isValid())
                result += tr(", dialogue %1").arg(isoDate(entry.dialogueOn));
            row << tr("Test purchase") << result;
        }
        m_history->addTopLevelItem(new QTreeWidgetItem(row));
    }
}

} // namespace lk
