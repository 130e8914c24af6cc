#include "og/meetingdialog.h"

#include "common/promiselink.h"

#include "common/dateedit.h"
#include "common/fieldeditor.h"
#include "common/isodate.h"
#include "common/recorddialog.h"
#include "common/recordform.h"
#include "common/titledgroup.h"
#include "document/document.h"
#include "og/actionlist.h"
#include "og/attendancegrid.h"
#include "og/casecodes.h"
#include "og/discussionlist.h"
#include "og/ogregisters.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace lk {

namespace {

const QStringList meetingFields{ogMeetings::heldOn,    ogMeetings::place,  ogMeetings::chair,
                                ogMeetings::promiseId, ogMeetings::agenda, ogMeetings::minutes};

// What the New case dialog asks; the code is given on saving, the status starts as new.
const QStringList caseFields{ogCases::openedOn,  ogCases::kind,        ogCases::ageBand,
                             ogCases::path,      ogCases::responsible, ogCases::consent,
                             ogCases::consentBy, ogCases::consentOn,   ogCases::background};

} // namespace

MeetingDialog::MeetingDialog(Document* document, const MeetingDraft& draft, const CountsFor::Choices& period,
                             QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_draft(draft)
    , m_form(new RecordForm(document, OgRegisters::meetings(), meetingFields, this))
    , m_attendance(new AttendanceGrid(this))
    , m_discussions(new DiscussionList(this))
    , m_actions(
          new ActionList(MeetingDraft::organisations(document->repository(), draft.municipalityId), this)) {
    const QDate held = draft.values.value(ogMeetings::heldOn).toDate();
    setWindowTitle(draft.uuid.isEmpty() ? tr("New meeting of Operativa gruppen")
                                        : tr("Meeting of %1").arg(isoDate(held)));
    // Room for everything on a 1366×768 laptop too: never taller than the screen.
    const QRect screen = parent && parent->screen() ? parent->screen()->availableGeometry()
                                                    : QGuiApplication::primaryScreen()->availableGeometry();
    resize(std::min(1100, screen.width() * 9 / 10), std::min(780, screen.height() * 9 / 10));

    m_form->setDraft(draft.values);
    new PromiseLink(m_form, OgRegisters::meetings(), period, !draft.uuid.isEmpty());
    m_attendance->setAttendance(MeetingDraft::organisations(document->repository(), draft.municipalityId),
                                draft.attendance);
    QList<DiscussionList::Choice> choices;
    for (const auto& [label, uuid] : caseChoices())
        choices.append({label, uuid, -1});
    m_discussions->setChoices(choices);
    m_discussions->setDiscussions(draft.discussions);
    m_actions->setDefaultDue((held.isValid() ? held : QDate::currentDate()).addDays(14));
    m_actions->setActions(draft.actions);

    auto* layout = new QGridLayout(this);
    layout->addWidget(titledGroup(tr("Meeting"), m_form, this), 0, 0);
    layout->addWidget(titledGroup(tr("Attendance"), m_attendance, this), 0, 1);
    layout->addWidget(titledGroup(tr("Cases discussed (by code only, never a name)"), m_discussions, this), 1,
                      0, 1, 2);
    layout->addWidget(titledGroup(tr("Action items"), m_actions, this), 2, 0, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    layout->setRowStretch(1, 1);
    layout->setRowStretch(2, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save the whole meeting (Ctrl+Enter)"));
    buttons->button(QDialogButtonBox::Save)->setEnabled(!m_document->isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);
    layout->addWidget(buttons, 3, 0, 1, 2);
    connect(m_discussions, &DiscussionList::newCaseRequested, this, &MeetingDialog::newCase);
    connect(qobject_cast<DateEdit*>(m_form->editor(ogMeetings::heldOn)), &DateEdit::dateChanged, this,
            [this](const QDate& held) { m_actions->setDefaultDue(held.addDays(14)); });
    m_form->editor(ogMeetings::heldOn)->setFocus();
}

QString MeetingDialog::caseLabel(const QVariantMap& values, const QString& code) const {
    const FieldSpec& path = OgRegisters::cases().field(ogCases::path);
    const FieldSpec& age = OgRegisters::cases().field(ogCases::ageBand);
    QStringList parts{code, age.displayText(values.value(ogCases::ageBand))};
    if (values.value(ogCases::path).isValid())
        parts << path.displayText(values.value(ogCases::path));
    return parts.join(QStringLiteral(" · "));
}

QList<QPair<QString, QString>> MeetingDialog::caseChoices() const {
    // The open cases, and any case this meeting already discussed (it may have been closed since).
    QStringList discussed;
    for (const MeetingDraft::Discussion& discussion : m_draft.discussions)
        discussed << discussion.caseUuid;
    QList<QPair<QString, QString>> choices;
    auto cases =
        m_document->repository().list(OgRegisters::cases(), ogCases::municipalityId, m_draft.municipalityId);
    if (!cases)
        return choices;
    for (const Record& record : *cases) {
        if (record.value(ogCases::status).toString() == QStringLiteral("avslutad") &&
            !discussed.contains(record.uuid))
            continue;
        choices.append({caseLabel(record.values, record.value(ogCases::code).toString()), record.uuid});
    }
    return choices;
}

void MeetingDialog::newCase() {
    const QVariantMap meeting = m_form->values();
    const QDate held = meeting.value(ogMeetings::heldOn).toDate();
    RecordDialog dialog(m_document, OgRegisters::cases(), caseFields,
                        {{ogCases::openedOn, held},
                         {ogCases::kind, QStringLiteral("individ")},
                         {ogCases::ageBand, QStringLiteral("15_17")}},
                        {{ogCases::status, QStringLiteral("ny")}}, this);
    const int index = int(m_draft.newCases.size());
    dialog.setSave([this](const Record& entered) -> Result<QString> {
        Record check = entered;
        check.values.insert(ogCases::municipalityId, m_draft.municipalityId);
        // Any well-formed code: the real one is given on saving the meeting.
        check.values.insert(ogCases::code,
                            CaseCodes::format(entered.value(ogCases::openedOn).toDate().year(), 1));
        if (auto valid = OgRegisters::cases().validate(check); !valid)
            return valid.error();
        m_draft.newCases.append(OgRegisters::cases().normalized(entered).values);
        return QString();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The label shows the code the case will get: the same counting as when the meeting is saved.
    auto codes = m_draft.codesOfNewCases(m_document->repository());
    m_discussions->addNewCase(
        caseLabel(m_draft.newCases.last(), codes ? codes->value(index) : QString()) + tr(" (new)"), index);
}

void MeetingDialog::keyPressEvent(QKeyEvent* event) {
    // Enter finishes a field (adds an organisation, ends a note), it does not save the whole meeting half
    // done: Ctrl+Enter or the Save button does that.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (event->modifiers().testFlag(Qt::ControlModifier))
            accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void MeetingDialog::accept() {
    // The meeting's own fields first, every problem at once (a date that is no date).
    if (!m_form->check())
        return;
    MeetingDraft draft = m_draft;
    draft.values = m_form->values();
    draft.attendance = m_attendance->attendance();
    auto discussions = m_discussions->discussions();
    auto actions = m_actions->actions();
    if (!discussions || !actions) {
        m_form->showError(!discussions ? discussions.message() : actions.message());
        return;
    }
    draft.discussions = *discussions;
    draft.actions = *actions;
    auto changes = draft.changes(m_document->repository());
    if (!changes) {
        m_form->showError(changes.error());
        return;
    }
    const QString date = isoDate(draft.values.value(ogMeetings::heldOn).toDate());
    auto saved = m_document->perform(*changes, draft.uuid.isEmpty() ? tr("New meeting %1").arg(date)
                                                                    : tr("Change meeting %1").arg(date));
    if (!saved) {
        // Nothing was saved; the dialog keeps everything typed so that the user can put it right, and an
        // action's due date before the meeting is marked where it stands.
        m_form->showError(saved.error());
        if (saved.error().field == actionItems::dueOn)
            m_actions->markDueBefore(draft.values.value(ogMeetings::heldOn).toDate(), saved.message());
        return;
    }
    // A new meeting is the first row written; an edited one keeps its UUID.
    m_savedUuid = draft.uuid.isEmpty() && !saved->isEmpty() ? saved->rows.first().after->uuid : draft.uuid;
    QDialog::accept();
}

} // namespace lk
