#include "walks/maptab.h"

#include "common/isodate.h"
#include "common/recorddialog.h"
#include "document/document.h"
#include "register/registry.h"
#include "walks/maplegend.h"
#include "walks/mapview.h"
#include "walks/pinsymbol.h"
#include "walks/walkregisters.h"
#include "walks/walkstab.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace lk {

namespace {

constexpr int TableRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;

const QStringList mapFields{maps::name, maps::image, maps::note};

// The pin is set on the map, not typed: the dialogs a pin opens leave it out.
QStringList fieldsOf(const QString& table) {
    if (table == WalkRegisters::places().table)
        return {places::name, places::address, places::category, places::description};
    return WalksTab::observationFields();
}

QToolButton* zoomButton(const QString& text, const QString& tip, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(false);
    return button;
}

} // namespace

MapTab::MapTab(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_maps(new QComboBox(this))
    , m_newMap(new QPushButton(tr("&New map…"), this))
    , m_editMap(new QPushButton(tr("&Edit map…"), this))
    , m_walks(new QComboBox(this))
    , m_unpinned(new QListWidget(this))
    , m_place(new QPushButton(tr("&Place pin"), this))
    , m_allPinned(new QLabel(tr("Everything here has a pin."), this))
    , m_message(new QLabel(this))
    , m_view(new MapView(document, this)) {
    m_maps->setObjectName(QStringLiteral("maps"));
    m_maps->setMinimumContentsLength(24);
    m_walks->setObjectName(QStringLiteral("walks"));
    m_walks->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_walks->setMinimumContentsLength(16);
    m_unpinned->setObjectName(QStringLiteral("unpinned"));
    m_unpinned->setAccessibleName(tr("Not pinned"));
    m_place->setObjectName(QStringLiteral("placePin"));
    m_message->setObjectName(QStringLiteral("mapMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; background: #fde7e9; padding: 6px; "
                                            "border-radius: 3px; }"));
    m_message->hide();

    auto* mapLabel = new QLabel(tr("&Map:"), this);
    mapLabel->setBuddy(m_maps);
    auto* zoomOut = zoomButton(QStringLiteral("−"), tr("Zoom out (−, or Ctrl and the mouse wheel)"), this);
    auto* zoomIn = zoomButton(QStringLiteral("+"), tr("Zoom in (+, or Ctrl and the mouse wheel)"), this);
    auto* fit = zoomButton(tr("Whole map"), tr("Show the whole map (0)"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(mapLabel);
    top->addWidget(m_maps);
    top->addWidget(m_newMap);
    top->addWidget(m_editMap);
    top->addStretch();
    top->addWidget(zoomOut);
    top->addWidget(zoomIn);
    top->addWidget(fit);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* walkLabel = new QLabel(tr("Safety &walk:"), side);
    walkLabel->setBuddy(m_walks);
    auto* unpinnedLabel = new QLabel(tr("N&ot pinned:"), side);
    unpinnedLabel->setBuddy(m_unpinned);
    sideLayout->addWidget(walkLabel);
    sideLayout->addWidget(m_walks);
    sideLayout->addWidget(unpinnedLabel);
    sideLayout->addWidget(m_unpinned, 1);
    sideLayout->addWidget(m_allPinned);
    sideLayout->addWidget(m_place);
    sideLayout->addWidget(m_message);
    sideLayout->addWidget(new MapLegend(side));

    // The legend under the lists makes the column taller than a laptop leaves the tab: it scrolls, rather
    // than make the whole window taller than the screen.
    auto* sideScroll = new QScrollArea(this);
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setMinimumWidth(side->minimumSizeHint().width() +
                                style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, sideScroll));
    auto* splitter = new QSplitter(this);
    splitter->addWidget(sideScroll);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 740});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_maps, &QComboBox::currentIndexChanged, this, &MapTab::showMap);
    connect(m_walks, &QComboBox::currentIndexChanged, this, &MapTab::showWalk);
    connect(m_newMap, &QPushButton::clicked, this, &MapTab::newMap);
    connect(m_editMap, &QPushButton::clicked, this, &MapTab::editMap);
    connect(m_unpinned, &QListWidget::itemSelectionChanged, this, &MapTab::updateButtons);
    connect(m_unpinned, &QListWidget::itemActivated, this, &MapTab::placeSelected);
    connect(m_place, &QPushButton::clicked, this, [this] {
        if (m_view->isPlacing())
            m_view->cancelPlacing();
        else
            placeSelected();
    });
    connect(zoomIn, &QToolButton::clicked, m_view, &MapView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_view, &MapView::zoomOut);
    connect(fit, &QToolButton::clicked, m_view, &MapView::zoomToFit);
    connect(m_view, &MapView::opened, this, &MapTab::open);
    connect(m_view, &MapView::placingChanged, this, [this](bool placing) {
        // The same button gives up: the user looks for a way back where they started.
        m_place->setText(placing ? tr("&Cancel placing") : tr("&Place pin"));
        m_message->hide();
        updateButtons();
    });
    connect(m_view, &MapView::failed, this, [this](const QString& text) {
        m_message->setText(text);
        m_message->show();
    });
    connect(m_document, &Document::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(WalkRegisters::maps().table))
            loadMaps(m_maps->currentData().toLongLong());
        if (tables.contains(WalkRegisters::walks().table))
            loadWalks();
        if (tables.contains(WalkRegisters::places().table) ||
            tables.contains(WalkRegisters::placeAssessments().table) ||
            tables.contains(WalkRegisters::observations().table))
            loadUnpinned();
    });
    updateButtons();
}

void MapTab::setScope(qint64 municipalityId) {
    m_municipalityId = municipalityId;
    loadMaps(0);
    loadWalks();
    loadUnpinned();
}

void MapTab::setWalk(qint64 walkId) {
    const int index = m_walks->findData(walkId);
    m_walks->setCurrentIndex(std::max(index, 0));
}

void MapTab::loadMaps(qint64 select) {
    const QSignalBlocker quiet(m_maps);
    const qint64 shown = m_view->mapId();
    m_maps->clear();
    auto maps = m_document->repository().list(WalkRegisters::maps(), maps::municipalityId, m_municipalityId);
    if (!maps)
        m_document->reportReadFailure(maps.message());
    else
        for (const Record& map : *maps)
            m_maps->addItem(map.value(maps::name).toString(), map.id);
    if (m_maps->count() == 0)
        m_maps->addItem(tr("No map yet: load one with “New map…”"), 0);
    m_maps->setCurrentIndex(std::max(m_maps->findData(select), 0));
    // The view keeps its zoom when the same map is shown again after an edit elsewhere.
    if (m_maps->currentData().toLongLong() != shown)
        showMap();
    updateButtons();
}

void MapTab::loadWalks() {
    const QSignalBlocker quiet(m_walks);
    const qint64 chosen = m_walks->currentData().toLongLong();
    m_walks->clear();
    m_walks->addItem(tr("All walks"), 0);
    auto walks =
        m_document->repository().list(WalkRegisters::walks(), walks::municipalityId, m_municipalityId);
    if (!walks)
        m_document->reportReadFailure(walks.message());
    else
        for (const Record& walk : *walks)
            m_walks->addItem(QStringLiteral("%1, %2").arg(isoDate(walk.value(walks::walkedOn).toDate()),
                                                          walk.value(walks::area).toString()),
                             walk.id);
    m_walks->setCurrentIndex(std::max(m_walks->findData(chosen), 0));
}

void MapTab::loadUnpinned() {
    const QString table =
        m_unpinned->currentItem() ? m_unpinned->currentItem()->data(TableRole).toString() : QString();
    const qint64 id = m_unpinned->currentItem() ? m_unpinned->currentItem()->data(IdRole).toLongLong() : 0;
    m_unpinned->clear();
    auto pins = Pins::unpinned(m_document->repository(), m_municipalityId,
                               m_walks->currentData().toLongLong(), QDate::currentDate());
    if (!pins) {
        m_document->reportReadFailure(pins.message());
        return;
    }
    for (const Pins::Pin& pin : *pins) {
        auto* item = new QListWidgetItem(
            QIcon(PinSymbol::icon(pin.isPlace(), pin.state, devicePixelRatioF())), pin.title, m_unpinned);
        item->setData(TableRole, pin.table);
        item->setData(IdRole, pin.id);
        item->setToolTip(PinSymbol::labelOf(pin.state));
        if (pin.table == table && pin.id == id)
            m_unpinned->setCurrentItem(item);
    }
    // An empty list would look like nothing loaded; say that all is done.
    m_allPinned->setVisible(m_unpinned->count() == 0);
    updateButtons();
}

void MapTab::showMap() {
    m_message->hide();
    m_view->setMap(m_maps->currentData().toLongLong());
    updateButtons();
}

void MapTab::showWalk() {
    m_view->setWalk(m_walks->currentData().toLongLong());
    loadUnpinned();
    // A walk's observations are pinned on its own map, when it names one.
    auto walk =
        m_document->repository().findById(WalkRegisters::walks(), m_walks->currentData().toLongLong());
    if (walk && *walk) {
        const int index = m_maps->findData((*walk)->value(walks::mapId));
        if (index >= 0)
            m_maps->setCurrentIndex(index);
    }
}

void MapTab::newMap() {
    RecordDialog dialog(m_document, WalkRegisters::maps(), mapFields, {},
                        {{maps::municipalityId, m_municipalityId}}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto map = m_document->repository().find(WalkRegisters::maps(), dialog.savedUuid());
    if (map && *map)
        loadMaps((*map)->id);
}

void MapTab::editMap() {
    auto map = m_document->repository().findById(WalkRegisters::maps(), m_maps->currentData().toLongLong());
    if (map && *map)
        RecordDialog::editExisting(m_document, WalkRegisters::maps(), mapFields, (*map)->uuid, this);
}

void MapTab::placeSelected() {
    QListWidgetItem* item = m_unpinned->currentItem();
    const RegisterSpec* spec = item ? Registry::named(item->data(TableRole).toString()) : nullptr;
    if (!spec || m_view->mapId() <= 0 || m_document->isReadOnly())
        return;
    m_view->placePin(*spec, item->data(IdRole).toLongLong());
}

void MapTab::open(const QString& table, qint64 id) {
    if (m_opener) {
        m_opener(table, id);
        return;
    }
    const RegisterSpec* spec = Registry::named(table);
    if (!spec)
        return;
    auto record = m_document->repository().findById(*spec, id);
    if (record && *record)
        RecordDialog::editExisting(m_document, *spec, fieldsOf(table), (*record)->uuid, this);
}

void MapTab::updateButtons() {
    const bool editable = !m_document->isReadOnly();
    const bool hasMap = m_view->mapId() > 0;
    m_newMap->setEnabled(editable && m_municipalityId > 0);
    m_editMap->setEnabled(editable && hasMap);
    m_place->setEnabled(editable && hasMap && (m_view->isPlacing() || m_unpinned->currentItem()));
}

} // namespace lk
