#include "og/meetingstab.h"

#include "common/isodate.h"
#include "common/recordlistpanel.h"
#include "document/document.h"
#include "og/cadence.h"
#include "og/meetingdialog.h"
#include "og/meetingdraft.h"
#include "og/meetingminutes.h"
#include "og/ogregisters.h"
#include "promises/countsfor.h"
#include "promises/promiseregisters.h"
#include "promises/workingdate.h"
#include "register/recordtablemodel.h"

#include <QDate>
#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lk {

MeetingsTab::MeetingsTab(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new RecordListPanel(
          document, OgRegisters::meetings(),
          {ogMeetings::heldOn, ogMeetings::place, ogMeetings::chair, ogMeetings::promiseId}, this))
    , m_preview(new QTextBrowser(this)) {
    m_list->newButton()->setText(tr("New meeting…"));
    m_list->newButton()->setObjectName(QStringLiteral("newMeeting"));
    m_list->setFilterVisible(true);
    m_list->setStretchColumn(ogMeetings::promiseId);
    m_list->setNewHandler([this] { return newMeeting(); });
    auto* edit = new QPushButton(tr("Open…"), this);
    edit->setObjectName(QStringLiteral("openMeeting"));
    m_list->layout()->itemAt(0)->layout()->addWidget(edit);
    // Double click or Enter opens the whole meeting, rather than one cell.
    m_list->view()->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The selected meeting's minutes on paper: the same page as beside the list.
    auto* print = new QPushButton(tr("Print minutes…"), this);
    print->setObjectName(QStringLiteral("printMinutes"));
    auto* pdf = new QPushButton(tr("Save as PDF…"), this);
    pdf->setObjectName(QStringLiteral("saveMinutesPdf"));
    pdf->setToolTip(tr("Save the selected meeting's minutes as a PDF file"));
    connect(print, &QPushButton::clicked, this, &MeetingsTab::printMinutes);
    connect(pdf, &QPushButton::clicked, this, &MeetingsTab::saveMinutes);
    m_list->contextMenu()->addSeparator();
    m_list->contextMenu()
        ->addAction(tr("Print minutes…"), this, &MeetingsTab::printMinutes)
        ->setObjectName(QStringLiteral("printMinutesAction"));
    m_list->contextMenu()
        ->addAction(tr("Save minutes as PDF…"), this, &MeetingsTab::saveMinutes)
        ->setObjectName(QStringLiteral("saveMinutesAction"));
    const auto enable = [this, print, pdf] {
        const bool chosen = !m_list->selectedUuid().isEmpty();
        print->setEnabled(chosen);
        pdf->setEnabled(chosen);
        for (QAction* action : m_list->contextMenu()->actions()) {
            if (action->objectName().endsWith(QStringLiteral("MinutesAction")))
                action->setEnabled(chosen);
        }
    };
    connect(m_list->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, enable);
    connect(m_list->model(), &QAbstractItemModel::modelReset, this, enable);
    enable();
    connect(edit, &QPushButton::clicked, this, [this] { editMeeting(m_list->selectedUuid()); });
    connect(m_list->view(), &QTableView::activated, this, [this] { editMeeting(m_list->selectedUuid()); });
    connect(m_list->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MeetingsTab::showSelected);
    connect(m_list->view()->model(), &QAbstractItemModel::modelReset, this, &MeetingsTab::showSelected);
    connect(m_list->view()->model(), &QAbstractItemModel::dataChanged, this, &MeetingsTab::showSelected);

    // The minutes beside the list, and under them what takes them to paper.
    auto* minutes = new QWidget(this);
    auto* minutesLayout = new QVBoxLayout(minutes);
    minutesLayout->setContentsMargins(0, 0, 0, 0);
    minutesLayout->addWidget(m_preview, 1);
    auto* paper = new QHBoxLayout;
    paper->addStretch();
    paper->addWidget(print);
    paper->addWidget(pdf);
    minutesLayout->addLayout(paper);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(minutes);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void MeetingsTab::setScope(qint64 municipalityId, qint64 periodId) {
    m_municipalityId = municipalityId;
    m_periodId = periodId;
    m_list->setParentRecord(ogMeetings::municipalityId, municipalityId);
    showSelected();
}

void MeetingsTab::showSelected() {
    const QString uuid = m_list->selectedUuid();
    if (uuid.isEmpty()) {
        const QString filter = m_list->model()->textFilter().trimmed();
        m_preview->setHtml(
            m_list->model()->rowCount() > 0 ? tr("<p>Choose a meeting to see what was said and decided.</p>")
            : !filter.isEmpty()
                ? tr("<p>No meeting matches “%1”: not its date, place or chair, nor what its agenda, minutes "
                     "or cases say.</p>")
                      .arg(filter.toHtmlEscaped())
                : tr("<p>No meeting is recorded yet. Choose “New meeting…” after the next one.</p>"));
        return;
    }
    auto meeting = MeetingDraft::load(m_document->repository(), uuid);
    m_preview->setHtml(
        meeting ? MeetingMinutes::html(m_document->repository(), *meeting, MeetingMinutes::Medium::Screen)
                : meeting.message().toHtmlEscaped());
}

void MeetingsTab::printMinutes() {
    const QString uuid = m_list->selectedUuid();
    if (!uuid.isEmpty())
        MeetingMinutes::printInteractively(this, m_document->repository(), uuid);
}

QString MeetingsTab::saveMinutes() {
    const QString uuid = m_list->selectedUuid();
    return uuid.isEmpty() ? QString()
                          : MeetingMinutes::savePdfInteractively(this, m_document->repository(), uuid);
}

QString MeetingsTab::newMeeting() {
    return dialog({});
}

QString MeetingsTab::editMeeting(const QString& uuid) {
    return uuid.isEmpty() ? QString() : dialog(uuid);
}

QString MeetingsTab::dialog(const QString& uuid) {
    const Repository repository = m_document->repository();
    const QDate day = WorkingDate::ofPeriod(repository, m_periodId);
    auto draft = uuid.isEmpty() ? MeetingDraft::startNew(repository, m_municipalityId, 0, day)
                                : MeetingDraft::load(repository, uuid);
    if (!draft) {
        QMessageBox::warning(this, tr("Operativa gruppen"), draft.message());
        return {};
    }
    // The promises offered are those of the meeting's own period: the one it counts for, else the one its
    // date falls in, else the page's. Opening an older meeting never loses what it counts for.
    auto choices = CountsFor::choices(repository, OgRegisters::meetings(), m_municipalityId,
                                      draft->values.value(ogMeetings::heldOn).toDate(),
                                      draft->values.value(ogMeetings::promiseId).toLongLong(), m_periodId);
    if (!choices) {
        QMessageBox::warning(this, tr("Operativa gruppen"), choices.message());
        return {};
    }
    // A new meeting counts for the period's promise.
    if (const qint64 promise = choices->defaultOn(day); uuid.isEmpty() && promise > 0)
        draft->values.insert(ogMeetings::promiseId, promise);
    MeetingDialog dialog(m_document, *draft, *choices, this);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    m_list->selectRecord(dialog.savedUuid());
    return dialog.savedUuid();
}

} // namespace lk
