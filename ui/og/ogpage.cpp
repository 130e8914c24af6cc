#include "og/ogpage.h"

#include "document/document.h"
#include "og/actionitems.h"
#include "og/actionstab.h"
#include "og/cadence.h"
#include "og/cadencestrip.h"
#include "og/casestab.h"
#include "og/meetingstab.h"
#include "og/ogregisters.h"
#include "og/retentiontab.h"
#include "promises/promiseregisters.h"

#include <QDate>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lk {

OgPage::OgPage(Document* document, QWidget* parent)
    : Page(parent)
    , m_document(document)
    , m_cadence(new CadenceStrip(this))
    , m_tabs(new QTabWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_cadence);
    layout->addWidget(m_tabs, 1);
    connect(m_document, &Document::changed, this, [this](const QSet<QString>& tables) {
        if (m_retention &&
            (tables.contains(OgRegisters::cases().table) || tables.contains(OgRegisters::caseNotes().table)))
            m_retention->refresh();
        if (tables.contains(OgRegisters::meetings().table) ||
            tables.contains(OgRegisters::actionItems().table) ||
            tables.contains(OgRegisters::cases().table) || tables.contains(PromiseRegisters::targets().table))
            refreshFigures();
    });
}

void OgPage::setPeriod(qint64 periodId) {
    m_periodId = periodId;
    m_municipalityId = PromiseRegisters::municipalityOf(m_document->repository(), periodId);
    scopeTabs();
    refreshFigures();
}

void OgPage::showEvent(QShowEvent* event) {
    build();
    refreshCadence();
    Page::showEvent(event);
}

void OgPage::build() {
    // The tabs are built when the page is first shown: the window opens on the promises, and quickly.
    if (m_meetings)
        return;
    m_meetings = new MeetingsTab(m_document, this);
    m_cases = new CasesTab(m_document, this);
    m_actions = new ActionsTab(m_document, this);
    m_retention = new RetentionTab(m_document, this);
    m_tabs->addTab(m_meetings, tr("&Meetings"));
    m_tabs->addTab(m_cases, tr("&Cases"));
    m_tabs->addTab(m_actions, tr("&Action items"));
    m_tabs->addTab(m_retention, tr("&Thinning"));
    scopeTabs();
}

void OgPage::scopeTabs() {
    if (!m_meetings)
        return;
    m_meetings->setScope(m_municipalityId, m_periodId);
    m_cases->setScope(m_municipalityId);
    m_actions->setScope(m_municipalityId);
    m_retention->setMunicipality(m_municipalityId);
}

void OgPage::refreshFigures() {
    const Repository repository = m_document->repository();
    auto overdue = ActionItems::overdueCount(repository, m_municipalityId, QDate::currentDate());
    m_overdue = overdue ? *overdue : 0;
    emit badgeChanged();
    // The strip is drawn when the page is on screen (or comes on it): the badge above is all the navigation
    // needs.
    if (isVisible())
        refreshCadence();
}

void OgPage::refreshCadence() {
    const Repository repository = m_document->repository();
    // The twelve months up to today, or up to the end of a period that is over.
    QDate until = QDate::currentDate();
    if (auto period = repository.findById(PromiseRegisters::periods(), m_periodId); period && *period)
        until = std::min(until, (*period)->value(QStringLiteral("end_date")).toDate());
    auto months = Cadence::lastTwelveMonths(repository, m_municipalityId, until);
    auto years = Cadence::againstTarget(repository, m_periodId);
    if (!months || !years)
        m_document->reportReadFailure(!months ? months.message() : years.message());
    else
        m_cadence->setCadence(*months, *years);
}

QString OgPage::badge() const {
    return m_overdue > 0 ? tr("%n overdue", "", m_overdue) : QString();
}

} // namespace lk
