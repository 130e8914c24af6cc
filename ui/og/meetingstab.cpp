#include "og/meetingstab.h"

#include "common/isodate.h"
#include "common/recordlistpanel.h"
#include "document/document.h"
#include "og/cadence.h"
#include "og/meetingdialog.h"
#include "og/meetingdraft.h"
#include "og/ogregisters.h"
#include "promises/countsfor.h"
#include "promises/promiseregisters.h"
#include "promises/workingdate.h"
#include "register/recordtablemodel.h"

#include <QDate>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>

namespace lk {

namespace {

QString paragraphs(const QString& text) {
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

// The meeting as a short page: what a coordinator checks before the next one.
QString summaryHtml(const Repository& repository, const MeetingDraft& meeting) {
    const auto& meetings = OgRegisters::meetings();
    const auto& cases = OgRegisters::cases();
    const auto& actions = OgRegisters::actionItems();
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(MeetingsTab::tr("Meeting %1")
                                .arg(isoDate(meeting.values.value(ogMeetings::heldOn).toDate())));
    QStringList details;
    for (const Name& name : {ogMeetings::place, ogMeetings::chair}) {
        const QString value = meeting.values.value(name).toString();
        if (!value.isEmpty())
            details << meetings.labelOf(name) + QStringLiteral(": ") + value.toHtmlEscaped();
    }
    html += QStringLiteral("<p>%1</p>").arg(details.join(QStringLiteral(" · ")));
    QStringList present;
    for (auto it = meeting.attendance.cbegin(); it != meeting.attendance.cend(); ++it) {
        if (it.value() > 0)
            present << QStringLiteral("%1 %2").arg(it.key().toHtmlEscaped()).arg(it.value());
    }
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(MeetingsTab::tr("Present:"), present.isEmpty() ? MeetingsTab::tr("not recorded")
                                                                    : present.join(QStringLiteral(", ")));
    if (!meeting.discussions.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(MeetingsTab::tr("Cases discussed"));
        for (const MeetingDraft::Discussion& discussion : meeting.discussions) {
            auto found = repository.find(cases, discussion.caseUuid);
            const QString code = found && *found ? (*found)->value(ogCases::code).toString() : QString();
            html += QStringLiteral("<li><b>%1</b> %2 <i>%3</i></li>")
                        .arg(code.toHtmlEscaped(), discussion.note.toHtmlEscaped(),
                             discussion.decisions.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    if (!meeting.actions.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(MeetingsTab::tr("Action items"));
        for (const MeetingDraft::Action& action : meeting.actions) {
            html += QStringLiteral("<li>%1 (%2, %3) – %4</li>")
                        .arg(action.values.value(actionItems::what).toString().toHtmlEscaped(),
                             action.values.value(actionItems::responsible).toString().toHtmlEscaped(),
                             actions.field(actionItems::dueOn)
                                 .displayText(action.values.value(actionItems::dueOn)),
                             actions.field(actionItems::status)
                                 .displayText(action.values.value(actionItems::status)));
        }
        html += QStringLiteral("</ul>");
    }
    for (const Name& name : {ogMeetings::agenda, ogMeetings::minutes}) {
        const QString text = meeting.values.value(name).toString();
        if (!text.isEmpty())
            html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(meetings.labelOf(name), paragraphs(text));
    }
    return html;
}

} // namespace

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
    connect(edit, &QPushButton::clicked, this, [this] { editMeeting(m_list->selectedUuid()); });
    connect(m_list->view(), &QTableView::activated, this, [this] { editMeeting(m_list->selectedUuid()); });
    connect(m_list->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MeetingsTab::showSelected);
    connect(m_list->view()->model(), &QAbstractItemModel::modelReset, this, &MeetingsTab::showSelected);
    connect(m_list->view()->model(), &QAbstractItemModel::dataChanged, this, &MeetingsTab::showSelected);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
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
        m_preview->setHtml(
            m_list->model()->rowCount() == 0
                ? tr("<p>No meeting is recorded yet. Choose “New meeting…” after the next one.</p>")
                : tr("<p>Choose a meeting to see what was said and decided.</p>"));
        return;
    }
    auto meeting = MeetingDraft::load(m_document->repository(), uuid);
    m_preview->setHtml(meeting ? summaryHtml(m_document->repository(), *meeting)
                               : meeting.message().toHtmlEscaped());
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
