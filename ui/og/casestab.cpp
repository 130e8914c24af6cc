#include "og/casestab.h"

#include "common/listbesidedetail.h"
#include "common/recorddialog.h"
#include "common/recordform.h"
#include "common/recordlistpanel.h"
#include "common/titledgroup.h"
#include "document/document.h"
#include "og/casecodes.h"
#include "og/ogregisters.h"
#include "register/recordtablemodel.h"

#include <QDate>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lk {

QStringList CasesTab::formFields() {
    return {ogCases::code,       ogCases::openedOn,  ogCases::kind,        ogCases::ageBand,
            ogCases::status,     ogCases::path,      ogCases::responsible, ogCases::consent,
            ogCases::consentBy,  ogCases::consentOn, ogCases::outcome,     ogCases::closedOn,
            ogCases::background, ogCases::thinnedOn};
}

CasesTab::CasesTab(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new RecordListPanel(document, OgRegisters::cases(),
                                 {ogCases::code, ogCases::openedOn, ogCases::kind, ogCases::ageBand,
                                  ogCases::status, ogCases::path, ogCases::responsible, ogCases::outcome},
                                 this))
    , m_form(new RecordForm(document, OgRegisters::cases(), formFields(), this))
    , m_discussions(new RecordListPanel(document, OgRegisters::caseNotes(),
                                        {ogCaseNotes::meetingId, ogCaseNotes::note, ogCaseNotes::decisions},
                                        this)) {
    m_list->newButton()->setText(tr("New case…"));
    m_list->setFilterVisible(true);
    m_list->setNewHandler([this] { return newCase(); });
    // A case's status moves by the buttons below its form, which keep status, outcome and closing date
    // together.
    const QStringList statusFields{ogCases::status, ogCases::outcome, ogCases::closedOn};
    m_list->setReadOnlyFields(statusFields);
    for (const QString& field : statusFields)
        m_form->setReadOnly(field);
    // Discussions come from the meetings; here they are read and corrected, not added.
    m_discussions->newButton()->hide();
    m_discussions->setStretchColumn(ogCaseNotes::note);
    m_discussions->setMinimumRows(5);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto* caseBox = titledGroup(tr("Case"), m_form, detail);
    auto* statusButtons = new QHBoxLayout;
    m_start = new QPushButton(tr("Mark as ongoing"), caseBox);
    m_close = new QPushButton(tr("Close case…"), caseBox);
    m_reopen = new QPushButton(tr("Reopen"), caseBox);
    m_start->setObjectName(QStringLiteral("startCase"));
    m_close->setObjectName(QStringLiteral("closeCase"));
    m_reopen->setObjectName(QStringLiteral("reopenCase"));
    statusButtons->addStretch();
    for (QPushButton* button : {m_start, m_close, m_reopen})
        statusButtons->addWidget(button);
    static_cast<QVBoxLayout*>(caseBox->layout())->addLayout(statusButtons);
    connect(m_start, &QPushButton::clicked, this, &CasesTab::startCase);
    connect(m_close, &QPushButton::clicked, this, &CasesTab::closeCase);
    connect(m_reopen, &QPushButton::clicked, this, &CasesTab::reopenCase);
    connect(m_document, &Document::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(ogCases::table))
            updateButtons();
    });
    detailLayout->addWidget(caseBox);
    detailLayout->addWidget(titledGroup(tr("Discussed at"), m_discussions, detail), 1);
    listBesideDetail(this, m_list, detail, 3, 5);

    connect(m_list->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CasesTab::showSelected);
    connect(m_list->view()->model(), &QAbstractItemModel::modelReset, this, &CasesTab::showSelected);
    showSelected();
}

void CasesTab::setScope(qint64 municipalityId) {
    m_municipalityId = municipalityId;
    m_list->setParentRecord(ogCases::municipalityId, municipalityId);
    showSelected();
}

void CasesTab::showSelected() {
    const QString uuid = m_list->selectedUuid();
    m_form->bind(uuid);
    qint64 id = 0;
    if (!uuid.isEmpty()) {
        auto found = m_document->repository().find(OgRegisters::cases(), uuid);
        if (found && *found)
            id = (*found)->id;
    }
    m_discussions->setParentRecord(ogCaseNotes::caseId, id);
    updateButtons();
}

void CasesTab::updateButtons() {
    QString status;
    if (auto found = m_document->repository().find(OgRegisters::cases(), m_list->selectedUuid());
        found && *found)
        status = (*found)->value(ogCases::status).toString();
    const bool editable = !m_document->isReadOnly();
    m_start->setEnabled(editable && status == QStringLiteral("ny"));
    m_close->setEnabled(editable && !status.isEmpty() && status != QStringLiteral("avslutad"));
    m_reopen->setEnabled(editable && status == QStringLiteral("avslutad"));
}

bool CasesTab::changeStatus(const QVariantMap& values) {
    if (auto saved = m_document->update(OgRegisters::cases(), m_list->selectedUuid(), values); !saved) {
        m_form->showError(saved.message());
        return false;
    }
    updateButtons();
    return true;
}

bool CasesTab::startCase() {
    return changeStatus({{ogCases::status, QStringLiteral("pagaende")}});
}

bool CasesTab::reopenCase() {
    return changeStatus({{ogCases::status, QStringLiteral("pagaende")},
                         {ogCases::outcome, QVariant()},
                         {ogCases::closedOn, QVariant()}});
}

bool CasesTab::closeCase() {
    const QString uuid = m_list->selectedUuid();
    auto found = m_document->repository().find(OgRegisters::cases(), uuid);
    if (!found || !*found)
        return false;
    RecordDialog dialog(m_document, OgRegisters::cases(), {ogCases::outcome, ogCases::closedOn},
                        {{ogCases::closedOn, QDate::currentDate()}}, {}, this);
    dialog.setWindowTitle(tr("Close case %1").arg((*found)->value(ogCases::code).toString()));
    // Over the version read now: an outcome someone else wrote meanwhile is shown beside this one, not
    // written over.
    dialog.setSave([&dialog, uuid, version = (*found)->version](const Record& entered) {
        QVariantMap values = entered.values;
        values.insert(ogCases::status, QStringLiteral("avslutad"));
        return dialog.saveOver(uuid, values, version);
    });
    const bool closed = dialog.exec() == QDialog::Accepted;
    updateButtons();
    return closed;
}

QString CasesTab::newCase() {
    const QStringList fields{ogCases::openedOn,  ogCases::kind,        ogCases::ageBand,
                             ogCases::path,      ogCases::responsible, ogCases::consent,
                             ogCases::consentBy, ogCases::consentOn,   ogCases::background};
    RecordDialog dialog(
        m_document, OgRegisters::cases(), fields,
        {{ogCases::openedOn, QDate::currentDate()},
         {ogCases::kind, QStringLiteral("individ")},
         {ogCases::ageBand, QStringLiteral("15_17")}},
        {{ogCases::municipalityId, m_municipalityId}, {ogCases::status, QStringLiteral("ny")}}, this);
    dialog.setSave([this](const Record& entered) -> Result<QString> {
        Record record = entered;
        auto code = CaseCodes::next(m_document->repository(), m_municipalityId,
                                    entered.value(ogCases::openedOn).toDate().year());
        if (!code)
            return code.error();
        record.values.insert(ogCases::code, *code);
        auto saved = m_document->insert(OgRegisters::cases(), record);
        if (!saved)
            return saved.error();
        return saved->uuid;
    });
    return dialog.exec() == QDialog::Accepted ? dialog.savedUuid() : QString();
}

} // namespace lk
