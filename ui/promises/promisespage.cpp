#include "promises/promisespage.h"

#include "common/recorddialog.h"
#include "common/recordform.h"
#include "common/removal.h"
#include "common/shortcut.h"
#include "common/titledgroup.h"
#include "document/document.h"
#include "promises/lightdelegate.h"
#include "promises/promisedetail.h"
#include "promises/promiseregisters.h"
#include "promises/promisetreemodel.h"
#include "register/ordering.h"
#include "search/search.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace lk {

namespace {

enum DetailPage { HintPage, FocusAreaPage, PromisePage };

QPushButton* button(const QString& name, const QString& text, const QString& tip, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setToolTip(tip);
    return b;
}

} // namespace

PromisesPage::PromisesPage(Document* document, QWidget* parent)
    : Page(document, parent)
    , m_model(new PromiseTreeModel(document, this)) {
    // Counted in the file, so that the badge is right before the page is first shown.
    showBadge({focusAreas::table, promises::table}, [this]() -> QString {
        if (periodId() <= 0)
            return {};
        auto count = PromiseRegisters::promiseCount(this->document()->repository(), periodId());
        return count ? QString::number(*count) : QString();
    });
}

void PromisesPage::build() {
    // The window opens on the overview: a page of a tree, a form and buttons that nobody sees yet would only
    // slow its start.
    m_tree = new QTreeView(this);
    m_filter = new QLineEdit(this);
    m_tree->setAccessibleName(tr("Focus areas and promises"));
    m_filter->setAccessibleName(tr("Filter promises"));
    m_detail = new QStackedWidget(this);
    m_hint = new QLabel(this);
    m_area = new RecordForm(document(), PromiseRegisters::focusAreas(),
                            {focusAreas::title, focusAreas::situation}, this);
    m_promiseScroll = new QScrollArea(this);
    m_newArea = button(QStringLiteral("newFocusArea"), tr("New focus area…"),
                       tr("Add a focus area to the period"), this);
    m_newPromise = button(QStringLiteral("newPromise"), tr("New promise…"),
                          tr("Add a promise to the selected focus area (Insert)"), this);
    m_delete = button(QStringLiteral("delete"), tr("Delete…"),
                      tr("Delete the selected focus area or promise (Delete)"), this);
    m_up = button(QStringLiteral("moveUp"), tr("Move up"), tr("Move the selection up (Alt+Up)"), this);
    m_down =
        button(QStringLiteral("moveDown"), tr("Move down"), tr("Move the selection down (Alt+Down)"), this);
    m_tree->setObjectName(QStringLiteral("promiseTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegateForColumn(PromiseTreeModel::AssessmentColumn, new LightDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    // The lights' dots the height of a line of text, as the rows are.
    m_tree->setIconSize(QSize(12, 12));
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(PromiseTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(PromiseTreeModel::ResponsibleColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PromiseTreeModel::AssessmentColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PromiseTreeModel::StatusColumn, QHeaderView::ResizeToContents);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_newArea, m_newPromise, m_delete})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    leftLayout->addLayout(buttons);
    m_filter->setObjectName(QStringLiteral("promiseFilter"));
    m_filter->setPlaceholderText(tr("Filter promises…"));
    m_filter->setClearButtonEnabled(true);
    leftLayout->addWidget(m_filter);
    m_noMatch = new QLabel(this);
    m_noMatch->setObjectName(QStringLiteral("noMatch"));
    m_noMatch->setWordWrap(true);
    m_noMatch->hide();
    leftLayout->addWidget(m_noMatch);
    leftLayout->addWidget(m_tree);
    connect(m_filter, &QLineEdit::textChanged, this, &PromisesPage::applyFilter);

    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_detail->addWidget(m_hint);
    QGroupBox* areaBox = titledGroup(tr("Focus area"), m_area, this);
    static_cast<QVBoxLayout*>(areaBox->layout())->addStretch();
    m_detail->addWidget(areaBox);
    m_promiseScroll->setWidgetResizable(true);
    m_promiseScroll->setFrameShape(QFrame::NoFrame);
    m_detail->addWidget(m_promiseScroll);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    // Half each: the tree's titles, assessment and status need the room as much as the form does.
    // The tree a little wider than the form: its first column's header ("Focus area and promise") whole.
    splitter->setStretchFactor(0, 6);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_newArea, &QPushButton::clicked, this, &PromisesPage::addFocusArea);
    connect(m_newPromise, &QPushButton::clicked, this, &PromisesPage::addPromise);
    connect(m_delete, &QPushButton::clicked, this, &PromisesPage::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    addShortcut(m_tree, QKeySequence(Qt::Key_Insert), [this] { addPromise(); });
    addShortcut(m_tree, QKeySequence::Delete, [this] { removeSelected(); });
    addShortcut(m_tree, QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveSelected(-1); });
    addShortcut(m_tree, QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveSelected(+1); });

    // A reload (after any edit, undo or redo) keeps the same item selected. Connected after the tree's own
    // connections to the model, so that the tree has reset before the selection is restored.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepSelected = selectedUuid(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        // A focus area's title is long; it may use the whole row, as it has no responsible or status.
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_tree->setFirstColumnSpanned(row, {}, true);
        applyFilter();
        select(m_keepSelected);
        showSelected();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PromisesPage::showSelected);
    showSelected();
}

void PromisesPage::applyFilter() {
    // One period holds a handful of promises, all loaded: hiding rows is enough, no query needed.
    const QString text = m_filter->text().trimmed();
    // And each promise's own text (its aim, the promise, the report's text), its targets and its status
    // reports, word by word as Search reads them.
    QSet<QString> byText;
    if (!text.isEmpty()) {
        auto found = Search::matchingUuids(document()->repository(), PromiseRegisters::promises(), text);
        if (found)
            byText = *found;
    }
    const auto matches = [this, &text, &byText](const QModelIndex& index) {
        if (byText.contains(m_model->uuid(index)))
            return true;
        for (int column = 0; column < PromiseTreeModel::ColumnCount; ++column) {
            if (index.siblingAtColumn(column).data().toString().contains(text, Qt::CaseInsensitive))
                return true;
        }
        return index.data(Qt::ToolTipRole).toString().contains(text, Qt::CaseInsensitive);
    };
    bool anyShown = false;
    for (int a = 0; a < m_model->rowCount(); ++a) {
        const QModelIndex area = m_model->index(a, 0);
        // A focus area matches on its title; its long situation text would match nearly anything.
        const bool areaMatches = text.isEmpty() || area.data().toString().contains(text, Qt::CaseInsensitive);
        bool anyPromise = false;
        for (int p = 0; p < m_model->rowCount(area); ++p) {
            const bool shown = areaMatches || matches(m_model->index(p, 0, area));
            m_tree->setRowHidden(p, area, !shown);
            anyPromise = anyPromise || shown;
        }
        m_tree->setRowHidden(a, {}, !areaMatches && !anyPromise);
        anyShown = anyShown || areaMatches || anyPromise;
    }
    // An empty tree under a filter says that nothing matched, not that nothing was entered.
    m_noMatch->setText(
        tr("No focus area or promise matches “%1”, nor their targets or status reports.").arg(text));
    m_noMatch->setVisible(!text.isEmpty() && !anyShown);
}

PromiseDetail* PromisesPage::promiseDetail() {
    ensureBuilt();
    // Built when the first promise is chosen: the page opens on a focus area, and start-up stays quick.
    if (!m_promise) {
        m_promise = new PromiseDetail(document(), m_promiseScroll);
        m_promiseScroll->setWidget(m_promise);
    }
    return m_promise;
}

void PromisesPage::applyPeriod() {
    // Loaded when shown: the window opens on the overview, and its start stays quick.
    m_loaded = false;
    if (isVisible())
        load();
}

void PromisesPage::load() {
    ensureBuilt();
    if (m_loaded)
        return;
    m_loaded = true;
    m_keepSelected.clear();
    m_model->setPeriod(periodId());
    if (m_model->rowCount() > 0 && !m_tree->currentIndex().isValid())
        m_tree->setCurrentIndex(m_model->index(0, 0));
}

void PromisesPage::showEvent(QShowEvent* event) {
    load();
    Page::showEvent(event);
}

void PromisesPage::select(const QString& uuid) {
    load();
    const QModelIndex index = m_model->indexOf(uuid);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

bool PromisesPage::showRecord(const RegisterSpec& spec, const QString& uuid) {
    // A period, or a municipality, is shown as its promises, once it is chosen above the pages.
    if (spec.table == periods::table || spec.table == municipalities::table) {
        auto record = document()->repository().find(spec, uuid);
        const qint64 chosen = spec.table == periods::table ? periodId() : municipalityId();
        return record && *record && (*record)->id == chosen;
    }
    if (spec.table != focusAreas::table && spec.table != promises::table)
        return Page::showRecord(spec, uuid);
    load();
    if (!m_model->indexOf(uuid).isValid())
        return false;
    // A promise the filter hides is shown with the others.
    m_filter->clear();
    select(uuid);
    m_tree->setFocus();
    return true;
}

QString PromisesPage::selectedUuid() const {
    return m_model->uuid(m_tree->currentIndex());
}

void PromisesPage::showSelected() {
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        m_hint->setText(
            !m_model->loadError().isEmpty()
                ? tr("The promises could not be read: %1").arg(m_model->loadError())
            : m_model->periodId() <= 0
                ? tr("There is no period yet. Start with Manage > New municipality… and New period… above.")
            : m_model->rowCount() == 0
                ? tr("This period has no focus areas yet. Start with “New focus area…”.")
                : tr("Choose a focus area or a promise on the left."));
        m_detail->setCurrentIndex(HintPage);
        m_area->bind({});
        if (m_promise)
            m_promise->showPromise({}, 0);
    } else if (m_model->kind(current) == PromiseTreeModel::Kind::FocusArea) {
        m_area->bind(m_model->uuid(current));
        m_detail->setCurrentIndex(FocusAreaPage);
    } else {
        promiseDetail()->showPromise(m_model->uuid(current), m_model->recordId(current));
        m_detail->setCurrentIndex(PromisePage);
    }
    updateButtons();
}

void PromisesPage::updateButtons() {
    const QModelIndex current = m_tree->currentIndex();
    const bool editable = !document()->isReadOnly();
    m_newArea->setEnabled(editable && m_model->periodId() > 0);
    m_newPromise->setEnabled(editable && current.isValid());
    m_delete->setEnabled(editable && current.isValid());
    m_up->setEnabled(editable && current.isValid() && current.row() > 0);
    m_down->setEnabled(editable && current.isValid() &&
                       current.row() + 1 < m_model->rowCount(current.parent()));
}

void PromisesPage::addFocusArea() {
    if (m_model->periodId() <= 0)
        return;
    RecordDialog dialog(document(), PromiseRegisters::focusAreas(),
                        {focusAreas::title, focusAreas::situation}, {},
                        {{focusAreas::periodId, m_model->periodId()}}, this);
    if (dialog.exec() == QDialog::Accepted)
        select(dialog.savedUuid());
}

void PromisesPage::addPromise() {
    QModelIndex area = m_tree->currentIndex();
    if (area.isValid() && m_model->kind(area) == PromiseTreeModel::Kind::Promise)
        area = area.parent();
    if (!area.isValid())
        return;
    const qint64 areaId = m_model->recordId(area);
    RecordDialog dialog(document(), PromiseRegisters::promises(), PromiseDetail::formFields(),
                        {{promises::responsible, QStringLiteral("samverkan")}},
                        {{promises::focusAreaId, areaId}}, this);
    if (dialog.exec() == QDialog::Accepted)
        select(dialog.savedUuid());
}

void PromisesPage::removeSelected() {
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    const RegisterSpec& spec = m_model->kind(current) == PromiseTreeModel::Kind::FocusArea
                                   ? PromiseRegisters::focusAreas()
                                   : PromiseRegisters::promises();
    Removal::confirmAndRemove(this, document(), spec, m_model->uuid(current), current.data().toString());
}

void PromisesPage::moveSelected(int delta) {
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    const RegisterSpec& spec = m_model->kind(current) == PromiseTreeModel::Kind::FocusArea
                                   ? PromiseRegisters::focusAreas()
                                   : PromiseRegisters::promises();
    auto changes = Ordering::move(document()->repository(), spec, m_model->uuid(current), delta);
    if (changes) {
        auto applied = document()->perform(*changes, delta < 0 ? tr("Move up") : tr("Move down"));
        if (applied)
            return;
        changes = applied.error();
    }
    QMessageBox::warning(this, tr("Not moved"), changes.message());
}

} // namespace lk
