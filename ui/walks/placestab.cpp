#include "walks/placestab.h"

#include "common/listbesidedetail.h"
#include "common/recordform.h"
#include "common/recordlistpanel.h"
#include "common/titledgroup.h"
#include "document/document.h"
#include "register/recordtablemodel.h"
#include "walks/walkregisters.h"
#include "walks/walkstab.h"

#include <QDate>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lk {

PlacesTab::PlacesTab(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_places(new RecordListPanel(document, WalkRegisters::places(), {places::name, places::category}, this))
    , m_form(new RecordForm(
          document, WalkRegisters::places(),
          {places::name, places::address, places::category, places::description, places::mapId}, this))
    , m_assessments(new RecordListPanel(document, WalkRegisters::placeAssessments(),
                                        {placeAssessments::assessedOn, placeAssessments::level,
                                         placeAssessments::source, placeAssessments::note},
                                        this))
    , m_observations(new RecordListPanel(
          document, WalkRegisters::observations(),
          {observations::walkId, observations::category, observations::description, observations::status},
          this)) {
    m_places->setFilterVisible(true);
    m_places->setStretchColumn(places::name);
    m_places->setNewFields({places::name, places::address, places::category, places::description});
    m_places->setDefaults([] { return QVariantMap{{places::category, QStringLiteral("belysning")}}; });
    m_assessments->setStretchColumn(placeAssessments::note);
    // A new assessment is today's, and most come from a walk.
    m_assessments->setDefaults([] {
        return QVariantMap{{placeAssessments::assessedOn, QDate::currentDate()},
                           {placeAssessments::level, QStringLiteral("medel")},
                           {placeAssessments::source, QStringLiteral("trygghetsvandring")}};
    });
    m_assessments->setEditFields({placeAssessments::assessedOn, placeAssessments::level,
                                  placeAssessments::source, placeAssessments::note});
    // Observations are made on walks; here they are only looked at and opened.
    m_observations->newButton()->hide();
    m_observations->deleteButton()->hide();
    m_observations->setStretchColumn(observations::description);
    m_observations->setEditFields(WalksTab::observationFields());

    auto* detail = new QWidget(this);
    auto* layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(titledGroup(tr("Place"), m_form, detail));
    layout->addWidget(titledGroup(tr("Assessments"), m_assessments, detail), 1);
    layout->addWidget(titledGroup(tr("Observations from walks"), m_observations, detail), 1);
    listBesideDetail(this, m_places, detail, 4, 10);

    connect(m_places->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlacesTab::showSelected);
    connect(m_places->view()->model(), &QAbstractItemModel::modelReset, this, &PlacesTab::showSelected);
    showSelected();
}

void PlacesTab::setScope(qint64 municipalityId) {
    m_places->setParentRecord(places::municipalityId, municipalityId);
    showSelected();
}

void PlacesTab::selectPlace(const QString& uuid) {
    m_places->selectRecord(uuid);
}

void PlacesTab::showSelected() {
    const QString uuid = m_places->selectedUuid();
    m_form->bind(uuid);
    auto place = uuid.isEmpty() ? Result<std::optional<Record>>(std::optional<Record>())
                                : m_document->repository().find(WalkRegisters::places(), uuid);
    const qint64 id = place && *place ? (*place)->id : 0;
    m_assessments->setParentRecord(placeAssessments::placeId, id);
    m_observations->setParentRecord(observations::placeId, id);
    m_assessments->setEnabled(id > 0);
    m_observations->setEnabled(id > 0);
}

} // namespace lk
