#include "walks/walkstab.h"

#include "common/activitytab.h"
#include "common/dateedit.h"
#include "common/listbesidedetail.h"
#include "common/newlinked.h"
#include "common/recorddialog.h"
#include "common/recordform.h"
#include "common/recordlistpanel.h"
#include "common/titledgroup.h"
#include "document/document.h"
#include "register/recordtablemodel.h"
#include "walks/digitalwalkdialog.h"
#include "walks/participantsgrid.h"
#include "walks/walkprotocol.h"
#include "walks/walkregisters.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lk {

namespace {

const QStringList walkFields{walks::walkedOn, walks::kind,      walks::startsAt, walks::light,  walks::area,
                             walks::route,    walks::organiser, walks::mapId,    walks::summary};

// A place that is not in the register yet is added from the observation's dialog, beside the list of places.
void offerNewPlace(RecordDialog& dialog, Document* document, qint64 municipalityId) {
    offerNewLinked(dialog, document, WalkRegisters::places(),
                   {observations::placeId,
                    WalksTab::tr("New place…"),
                    {places::name, places::address, places::category, places::description},
                    {{places::category, QStringLiteral("belysning")}},
                    {{places::municipalityId, municipalityId}}});
}

} // namespace

QStringList WalksTab::observationFields() {
    return {observations::placeId, observations::category, observations::description,  observations::sentIn,
            observations::photo,   observations::action,   observations::responsible,  observations::priority,
            observations::dueOn,   observations::status,   observations::statusReason, observations::doneOn};
}

WalksTab::WalksTab(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_walks(new ActivityTab(document, WalkRegisters::walks(), {walks::walkedOn, walks::kind, walks::area},
                              walks::area, this))
    , m_form(new RecordForm(document, WalkRegisters::walks(), walkFields, this))
    , m_participants(new ParticipantsGrid(document, this))
    , m_observations(new RecordListPanel(
          document, WalkRegisters::observations(),
          {observations::category, observations::placeId, observations::description, observations::action,
           observations::responsible, observations::dueOn, observations::status},
          this))
    , m_protocol(new QPushButton(tr("Save the protocol…"), this))
    , m_print(new QPushButton(tr("Print the protocol…"), this))
    , m_digital(new QPushButton(tr("Read in a digital walk…"), this)) {
    m_observations->setStretchColumn(observations::description);
    m_observations->setNewFields(observationFields());
    m_observations->setEditFields(observationFields());
    m_observations->setDefaults([] {
        return QVariantMap{{observations::category, QStringLiteral("belysning")}};
    });
    m_observations->setDialogSetup(
        [this](RecordDialog& dialog, const Record* stored) { setUpObservationDialog(dialog, stored); });
    m_observations->setMinimumRows(3);
    m_protocol->setObjectName(QStringLiteral("walkProtocol"));
    m_protocol->setToolTip(tr("The protocol to publish after the walk, as PDF or ODT"));
    m_print->setObjectName(QStringLiteral("printProtocol"));
    connect(m_protocol, &QPushButton::clicked, this,
            [this] { WalkProtocol::exportInteractively(this, m_document->repository(), selectedWalkId()); });
    connect(m_print, &QPushButton::clicked, this,
            [this] { WalkProtocol::printInteractively(this, m_document->repository(), selectedWalkId()); });
    connect(m_digital, &QPushButton::clicked, this,
            [this] { DigitalWalkDialog::importInto(this, *m_document, selectedWalkId()); });
    m_digital->setObjectName(QStringLiteral("digitalWalk"));

    // The protocol's buttons beside New and Delete: on a laptop a row of their own would push the page
    // past the window's height.
    for (QPushButton* button : {m_protocol, m_print, m_digital})
        m_observations->addToBar(button);

    // The walks beside the chosen walk's details above; its observations, the most to read, across the whole
    // width below.
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(titledGroup(tr("Walk"), m_form, detail));
    detailLayout->addWidget(titledGroup(tr("Participants"), m_participants, detail));
    detailLayout->addStretch();
    auto* top = new QWidget(this);
    listBesideDetail(top, m_walks, detail, 4, 10);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(titledGroup(tr("Observations and actions"), m_observations, this));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_walks->list()->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WalksTab::showSelected);
    connect(m_walks->list()->model(), &QAbstractItemModel::modelReset, this, &WalksTab::showSelected);
    showSelected();
}

void WalksTab::setScope(qint64 municipalityId, qint64 periodId) {
    m_municipalityId = municipalityId;
    m_walks->setScope(municipalityId, periodId);
    showSelected();
}

qint64 WalksTab::selectedWalkId() const {
    const QString uuid = m_walks->list()->selectedUuid();
    if (uuid.isEmpty())
        return 0;
    auto walk = m_document->repository().find(WalkRegisters::walks(), uuid);
    return walk && *walk ? (*walk)->id : 0;
}

void WalksTab::showSelected() {
    const QString uuid = m_walks->list()->selectedUuid();
    m_form->bind(uuid);
    const qint64 walkId = selectedWalkId();
    m_participants->setWalk(walkId);
    m_observations->setParentRecord(observations::walkId, walkId);
    m_observations->setEnabled(walkId > 0);
    m_protocol->setEnabled(walkId > 0);
    m_print->setEnabled(walkId > 0);
    m_digital->setEnabled(walkId > 0 && !m_document->isReadOnly());
    emit walkChosen(walkId);
}

void WalksTab::setUpObservationDialog(RecordDialog& dialog, const Record* stored) const {
    if (!stored) {
        dialog.enableSaveAndNew();
        // The next observation is most often about another thing at the same place: no action yet.
        dialog.setOwnFields({observations::action, observations::responsible, observations::priority,
                             observations::dueOn, observations::status, observations::statusReason,
                             observations::doneOn});
    }
    offerNewPlace(dialog, m_document, m_municipalityId);
    // Once an action is written, it is due six months after the walk (practice) and starts open, unless the
    // user has chosen otherwise.
    auto* action = dialog.findChild<QLineEdit*>(observations::action);
    auto* due = dialog.findChild<DateEdit*>(observations::dueOn);
    auto* status = dialog.findChild<QComboBox*>(observations::status);
    auto walk = m_document->repository().findById(WalkRegisters::walks(), selectedWalkId());
    if (!action || !due || !status || !walk || !*walk)
        return;
    const QDate walkedOn = (*walk)->value(walks::walkedOn).toDate();
    connect(action, &QLineEdit::textEdited, &dialog, [due, status, walkedOn](const QString& text) {
        if (text.trimmed().isEmpty())
            return;
        if (due->text().trimmed().isEmpty())
            due->setDate(WalkRegisters::dueByDefault(walkedOn));
        if (status->currentData().toString().isEmpty())
            status->setCurrentIndex(status->findData(QStringLiteral("oppen")));
    });
}

} // namespace lk
