#include "og/casestab.h"

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
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lk {

QStringList CasesTab::formFields() {
    return {QStringLiteral("code"),        QStringLiteral("opened_on"), QStringLiteral("kind"),
            QStringLiteral("age_band"),    QStringLiteral("status"),    QStringLiteral("path"),
            QStringLiteral("responsible"), QStringLiteral("consent"),   QStringLiteral("consent_by"),
            QStringLiteral("consent_on"),  QStringLiteral("outcome"),   QStringLiteral("closed_on"),
            QStringLiteral("background"),  QStringLiteral("thinned_on")};
}

CasesTab::CasesTab(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(
          new RecordListPanel(document, OgRegisters::cases(),
                              {QStringLiteral("code"), QStringLiteral("opened_on"), QStringLiteral("kind"),
                               QStringLiteral("age_band"), QStringLiteral("status"), QStringLiteral("path"),
                               QStringLiteral("responsible"), QStringLiteral("outcome")},
                              this))
    , m_form(new RecordForm(document, OgRegisters::cases(), formFields(), this))
    , m_discussions(new RecordListPanel(
          document, OgRegisters::caseNotes(),
          {QStringLiteral("meeting_id"), QStringLiteral("note"), QStringLiteral("decisions")}, this)) {
    m_list->newButton()->setText(tr("New case…"));
    m_list->setFilterVisible(true);
    m_list->setNewHandler([this] { return newCase(); });
    // Discussions come from the meetings; here they are read and corrected, not added.
    m_discussions->newButton()->hide();
    m_discussions->setStretchColumn(QStringLiteral("note"));

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(titledGroup(tr("Case"), m_form, detail));
    detailLayout->addWidget(titledGroup(tr("Discussed at"), m_discussions, detail), 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CasesTab::showSelected);
    connect(m_list->model(), &QAbstractItemModel::modelReset, this, &CasesTab::showSelected);
    showSelected();
}

void CasesTab::setScope(qint64 municipalityId) {
    m_municipalityId = municipalityId;
    m_list->setParentRecord(QStringLiteral("municipality_id"), municipalityId);
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
    m_discussions->setParentRecord(QStringLiteral("case_id"), id);
}

QString CasesTab::newCase() {
    const QStringList fields{
        QStringLiteral("opened_on"),  QStringLiteral("kind"),        QStringLiteral("age_band"),
        QStringLiteral("path"),       QStringLiteral("responsible"), QStringLiteral("consent"),
        QStringLiteral("consent_by"), QStringLiteral("consent_on"),  QStringLiteral("background")};
    RecordDialog dialog(m_document, OgRegisters::cases(), fields,
                        {{QStringLiteral("opened_on"), QDate::currentDate()},
                         {QStringLiteral("kind"), QStringLiteral("individ")},
                         {QStringLiteral("age_band"), QStringLiteral("15_17")}},
                        {{QStringLiteral("municipality_id"), m_municipalityId},
                         {QStringLiteral("status"), QStringLiteral("ny")}},
                        this);
    dialog.setSave([this](const Record& entered) -> Result<QString> {
        Record record = entered;
        auto code = CaseCodes::next(m_document->repository(), m_municipalityId,
                                    entered.value(QStringLiteral("opened_on")).toDate().year());
        if (!code)
            return code.error();
        record.values.insert(QStringLiteral("code"), *code);
        auto saved = m_document->insert(OgRegisters::cases(), record);
        if (!saved)
            return saved.error();
        return saved->uuid;
    });
    return dialog.exec() == QDialog::Accepted ? dialog.savedUuid() : QString();
}

} // namespace lk
