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

namespace lk {

OgPage::OgPage(Document* document, QWidget* parent)
    : TabbedPage(document, parent)
    , m_cadence(new CadenceStrip(this)) {
    addAboveTabs(m_cadence);
    const QSet<QString> figures{ogMeetings::table, actionItems::table, ogCases::table, targets::table};
    showBadge(figures, [this]() -> QString {
        auto overdue =
            ActionItems::overdueCount(this->document()->repository(), municipalityId(), QDate::currentDate());
        return overdue && *overdue > 0 ? tr("%n overdue", "", *overdue) : QString();
    });
    connect(document, &Document::changed, this, [this, figures](const QSet<QString>& tables) {
        if (m_retention && (tables.contains(ogCases::table) || tables.contains(ogCaseNotes::table)))
            m_retention->refresh();
        // The strip is drawn when the page is on screen (or comes on it): the badge is all the navigation
        // needs meanwhile.
        if (isVisible() && tables.intersects(figures))
            refreshCadence();
    });
}

void OgPage::showEvent(QShowEvent* event) {
    refreshCadence();
    TabbedPage::showEvent(event);
}

void OgPage::build() {
    m_meetings = new MeetingsTab(document(), this);
    m_cases = new CasesTab(document(), this);
    m_actions = new ActionsTab(document(), this);
    m_retention = new RetentionTab(document(), this);
    tabs()->addTab(m_meetings, tr("&Meetings"));
    tabs()->addTab(m_cases, tr("&Cases"));
    tabs()->addTab(m_actions, tr("&Action items"));
    tabs()->addTab(m_retention, tr("&Thinning"));
}

void OgPage::applyPeriod() {
    m_meetings->setScope(municipalityId(), periodId());
    m_cases->setScope(municipalityId());
    m_actions->setScope(municipalityId());
    m_retention->setMunicipality(municipalityId());
    if (isVisible())
        refreshCadence();
}

void OgPage::refreshCadence() {
    const Repository repository = document()->repository();
    // The twelve months up to today, or up to the end of a period that is over.
    QDate until = QDate::currentDate();
    if (auto period = repository.findById(PromiseRegisters::periods(), periodId()); period && *period)
        until = std::min(until, (*period)->value(periods::endDate).toDate());
    auto months = Cadence::lastTwelveMonths(repository, municipalityId(), until);
    auto years = Cadence::againstTarget(repository, periodId());
    if (!months || !years)
        document()->reportReadFailure(!months ? months.message() : years.message());
    else
        m_cadence->setCadence(*months, *years);
}

} // namespace lk
