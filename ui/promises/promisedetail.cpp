#include "promises/promisedetail.h"

#include "common/recordform.h"
#include "common/recordlistpanel.h"
#include "common/titledgroup.h"
#include "document/document.h"
#include "promises/promiseregisters.h"
#include "promises/targetprogress.h"
#include "register/recordtablemodel.h"

#include <QDate>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lk {

PromiseDetail::PromiseDetail(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_form(new RecordForm(document, PromiseRegisters::promises(), formFields(), this))
    , m_targets(new RecordListPanel(
          document, PromiseRegisters::targets(),
          {targets::counted, targets::quantity, targets::unit, targets::per, targets::source}, this))
    , m_statuses(new RecordListPanel(
          document, PromiseRegisters::statuses(),
          {promiseStatuses::reportedOn, promiseStatuses::status, promiseStatuses::comment}, this))
    , m_progress(new QLabel(this)) {
    // Under the targets, how far each counted one has come in the period, as the register pages say it.
    m_progress->setObjectName(QStringLiteral("targetProgress"));
    m_progress->setWordWrap(true);
    m_progress->setTextFormat(Qt::PlainText);
    auto* targetsBox = new QWidget(this);
    auto* targetsLayout = new QVBoxLayout(targetsBox);
    targetsLayout->setContentsMargins(0, 0, 0, 0);
    targetsLayout->addWidget(m_targets, 1);
    targetsLayout->addWidget(m_progress);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(titledGroup(tr("Promise"), m_form, this));
    layout->addWidget(titledGroup(tr("Targets"), targetsBox, this), 1);
    layout->addWidget(titledGroup(tr("Status reports"), m_statuses, this), 2);
    // The promise itself is the longest text; it gets room for its usual five or six lines.
    QWidget* text = m_form->editor(promises::text);
    text->setMinimumHeight(text->fontMetrics().lineSpacing() * 6 + 12);
    m_targets->newButton()->setText(tr("New target…"));
    // What a target counts, by itself, from a register: meetings, visits (for each school, say), controls;
    // and when in the year its work is done, beside how often.
    const QStringList targetFields{targets::counted, targets::quantity, targets::unit,     targets::per,
                                   targets::months,  targets::source,   targets::eachUnit, targets::onlyKind};
    m_targets->setNewFields(targetFields);
    m_targets->setEditFields(targetFields);
    m_targets->setStretchColumn(targets::counted);
    // Room for three targets without scrolling: a promise seldom has more.
    m_targets->view()->setMinimumHeight(m_targets->view()->verticalHeader()->defaultSectionSize() * 3 +
                                        m_targets->view()->horizontalHeader()->sizeHint().height() + 4);
    m_statuses->newButton()->setText(tr("New status report…"));

    // A new report starts today, at the status of the latest one, so only what changed needs typing.
    m_statuses->setDefaults([this] {
        QVariantMap values{{promiseStatuses::reportedOn, QDate::currentDate()},
                           {promiseStatuses::status, QStringLiteral("paborjad")}};
        // Listed newest first, as the register orders its reports.
        auto reports = m_document->repository().list(PromiseRegisters::statuses(), promiseStatuses::promiseId,
                                                     m_promiseId);
        if (reports && !reports->isEmpty())
            values.insert(promiseStatuses::status, reports->first().value(promiseStatuses::status));
        return values;
    });
    m_targets->setDefaults([] {
        return QVariantMap{{targets::quantity, 1}, {targets::per, QStringLiteral("ar")}};
    });
    // A target counts records of any register (and the units and the period's dates): a few queries, so
    // any change redraws it rather than a list of tables to keep in step with the counted registers.
    connect(m_document, &Document::changed, this, &PromiseDetail::showProgress);
}

QStringList PromiseDetail::formFields() {
    return {promises::title, promises::responsible, promises::text, promises::aim, promises::reportText};
}

void PromiseDetail::showPromise(const QString& uuid, qint64 id) {
    m_promiseId = id;
    m_form->bind(uuid);
    m_targets->setParentRecord(targets::promiseId, id);
    m_statuses->setParentRecord(promiseStatuses::promiseId, id);
    m_statuses->view()->setColumnWidth(0, 110);
    m_statuses->view()->setColumnWidth(1, 120);
    showProgress();
}

void PromiseDetail::showProgress() {
    QStringList lines;
    auto asked = m_promiseId > 0 ? m_document->repository().list(PromiseRegisters::targets(),
                                                                 targets::promiseId, m_promiseId)
                                 : Result<QList<Record>>(QList<Record>());
    if (!asked) {
        m_document->reportReadFailure(asked.message());
        return;
    }
    for (const Record& target : *asked) {
        if (!target.value(targets::source).isValid())
            continue;
        auto progress = TargetProgress::of(m_document->repository(), target);
        if (!progress) {
            m_document->reportReadFailure(progress.message());
            return;
        }
        lines << TargetProgress::summary(*progress);
    }
    m_progress->setText(lines.join(u'\n'));
    m_progress->setVisible(!lines.isEmpty());
}

} // namespace lk
