#include "common/page.h"

#include "common/recordlistpanel.h"
#include "document/document.h"
#include "promises/promiseregisters.h"
#include "register/recordtablemodel.h"

#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>

namespace lk {

Page::Page(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    const auto noteChange = [this](const QSet<QString>& tables) {
        if (m_badgeText && tables.intersects(m_badgeTables))
            refreshBadge();
    };
    connect(m_document, &Document::changed, this, noteChange);
    connect(m_document, &Document::tablesChangedElsewhere, this, noteChange);
}

void Page::setPeriod(qint64 periodId) {
    m_periodId = periodId;
    m_municipalityId = PromiseRegisters::municipalityOf(m_document->repository(), periodId);
    if (m_built)
        applyPeriod();
    refreshBadge();
}

void Page::ensureBuilt() {
    if (m_built)
        return;
    m_built = true;
    build();
    applyPeriod();
}

bool Page::showRecord(const RegisterSpec& spec, const QString& uuid) {
    ensureBuilt();
    for (RecordListPanel* list : findChildren<RecordListPanel*>()) {
        if (list->model()->spec().table != spec.table || !list->reveal(uuid))
            continue;
        // Every tab on the way down to the list comes forward.
        for (QWidget* widget = list; widget && widget != this; widget = widget->parentWidget()) {
            auto* stack = qobject_cast<QStackedWidget*>(widget->parentWidget());
            if (auto* tabs = stack ? qobject_cast<QTabWidget*>(stack->parentWidget()) : nullptr)
                tabs->setCurrentWidget(widget);
        }
        list->view()->setFocus();
        return true;
    }
    return false;
}

void Page::setVisible(bool visible) {
    // Made before it is shown rather than in its show event, so that its widgets appear with it at once.
    if (visible)
        ensureBuilt();
    QWidget::setVisible(visible);
}

void Page::showBadge(const QSet<QString>& tables, std::function<QString()> text) {
    m_badgeTables = tables;
    m_badgeText = std::move(text);
}

void Page::refreshBadge() {
    const QString badge = m_badgeText ? m_badgeText() : QString();
    if (badge == m_badge)
        return;
    m_badge = badge;
    emit badgeChanged();
}

} // namespace lk
