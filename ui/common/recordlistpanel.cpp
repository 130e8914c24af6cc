#include "common/recordlistpanel.h"

#include "common/conflictdialog.h"
#include "common/fielddelegate.h"
#include "common/noticebar.h"
#include "common/recorddialog.h"
#include "common/removal.h"
#include "common/shortcut.h"
#include "common/spreadsheetexport.h"
#include "document/document.h"
#include "register/recordtablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lk {

RecordListPanel::RecordListPanel(Document* document, const RegisterSpec& spec, const QStringList& columns,
                                 QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_spec(spec)
    , m_columns(columns)
    , m_model(new RecordTableModel(document, spec, columns, this, RecordTableModel::Load::WhenAsked))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_noMatch(new QLabel(this))
    , m_notice(new NoticeBar(this))
    , m_new(new QPushButton(tr("New…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_menu(new QMenu(this)) {
    setObjectName(spec.table);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = m_bar = new QHBoxLayout;
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setAccessibleName(tr("Filter %1").arg(spec.pluralName().toLower()));
    m_filter->setClearButtonEnabled(true);
    m_filter->hide();
    bar->addWidget(m_filter, 1);
    bar->addStretch();
    bar->addWidget(m_new);
    bar->addWidget(m_delete);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    m_noMatch->setObjectName(QStringLiteral("noMatch"));
    m_noMatch->setWordWrap(true);
    m_noMatch->hide();
    layout->addWidget(m_noMatch);

    m_view->setModel(m_model);
    m_view->setAccessibleName(spec.pluralName());
    m_view->setItemDelegate(new FieldDelegate(document, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // A selected row would draw every header in bold, wider than the columns were fitted to, and cut them.
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view);

    // Exactly what the table shows: its rows under the filter and sort, its columns.
    QAction* exportTable = m_menu->addAction(tr("Export the table to Excel…"), this,
                                             [this] { SpreadsheetExport::exportTable(*m_model, this); });
    exportTable->setObjectName(QStringLiteral("exportTable"));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& at) { m_menu->popup(m_view->viewport()->mapToGlobal(at)); });

    // Insert and Delete work in the table as the buttons do; Enter or F2 edits the cell.
    addShortcut(m_view, QKeySequence(Qt::Key_Insert), [this] { addNew(); });
    addShortcut(m_view, QKeySequence::Delete, [this] { removeSelected(); });
    m_new->setToolTip(tr("Add a row (Insert)"));
    m_delete->setToolTip(tr("Delete the selected row (Delete)"));
    connect(m_filter, &QLineEdit::textChanged, m_model, &RecordTableModel::setTextFilter);
    connect(m_filter, &QLineEdit::textChanged, this, &RecordListPanel::showNoMatch);
    connect(m_new, &QPushButton::clicked, this, &RecordListPanel::addNew);
    connect(m_delete, &QPushButton::clicked, this, &RecordListPanel::removeSelected);
    connect(m_model, &RecordTableModel::editFailed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Not saved"), message); });
    // Asked once the cell's editor has closed: a dialog opened while it commits would take its focus and
    // have it commit again.
    connect(m_model, &RecordTableModel::editConflicted, this,
            [this](const Conflict& conflict, const QVariantMap& mine) {
                QTimer::singleShot(0, this, [this, conflict, mine] { resolveConflict(conflict, mine); });
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListPanel::fitColumns);
    // The stretching column narrows and widens with the window, and its label wraps onto more lines or fewer.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this,
            &RecordListPanel::fitHeaderHeight);
    // A stretching section resized with its view (rows read after the list was laid out) may say nothing of
    // it.
    connect(m_view->horizontalHeader(), &QHeaderView::geometriesChanged, this,
            &RecordListPanel::fitHeaderHeight);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListPanel::showNoMatch);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordListPanel::showNoMatch);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RecordListPanel::showNoMatch);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordListPanel::updateButtons);
    updateButtons();
}

void RecordListPanel::setParentRecord(const QString& field, qint64 id) {
    m_parentField = field;
    m_parentId = id;
    m_model->setParentFilter(field, id > 0 ? QVariant(id) : QVariant());
    fitColumns();
    updateButtons();
}

void RecordListPanel::setStretchColumn(const QString& field) {
    m_stretchField = field;
    fitColumns();
}

void RecordListPanel::setMinimumRows(int rows) {
    m_minimumRows = rows;
    fitColumns();
}

void RecordListPanel::addToBar(QWidget* widget) {
    m_bar->insertWidget(m_bar->indexOf(m_filter) + 1 + m_addedToBar++, widget);
}

void RecordListPanel::fitColumns() {
    fitColumnWidths();
    fitMinimumHeight();
}

void RecordListPanel::fitMinimumHeight() {
    if (m_minimumRows == 0)
        return;
    // A header of wrapped labels has a fixed height, which its size hint does not know.
    const QHeaderView* header = m_view->horizontalHeader();
    const int headerHeight = std::max(header->minimumHeight(), header->sizeHint().height());
    m_view->setMinimumHeight(headerHeight + m_minimumRows * m_view->verticalHeader()->defaultSectionSize() +
                             m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view) +
                             2 * m_view->frameWidth());
}

void RecordListPanel::fitColumnWidths() {
    QHeaderView* header = m_view->horizontalHeader();
    if (m_stretchField.isEmpty()) {
        m_view->resizeColumnsToContents();
        header->setStretchLastSection(true);
        return;
    }
    header->setStretchLastSection(false);
    // A long label ("Anmälningar: överlåtelse/försäljning") wraps onto more lines rather than widen a column
    // of short numbers; the stretching column gets the room.
    header->setDefaultAlignment(Qt::Alignment::fromInt(Qt::AlignCenter | Qt::TextWordWrap));
    const QFontMetrics metrics(header->font());
    const int padding = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 8;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const bool stretch = m_model->columnField(column).name == m_stretchField;
        header->setSectionResizeMode(column, stretch ? QHeaderView::Stretch : QHeaderView::Interactive);
        if (stretch)
            continue;
        const QString label = m_model->headerData(column, Qt::Horizontal).toString();
        int widestWord = 0;
        for (const QString& word : label.split(u' '))
            widestWord = std::max(widestWord, metrics.horizontalAdvance(word));
        int content = 0; // the rows near the top: a page of a long list is read from there
        for (int row = 0; row < std::min(m_model->rowCount(), 60); ++row)
            content = std::max(content, m_view->fontMetrics().horizontalAdvance(
                                            m_model->index(row, column).data().toString()));
        // A long place or action is cut in its cell (the form shows it whole) rather than leave the
        // stretching column, often the description, too narrow for its own header on a laptop.
        content = std::min(content, 22 * m_view->fontMetrics().averageCharWidth());
        const int text = metrics.horizontalAdvance(label);
        // Two lines at most, as a rule: a third takes more height than it saves width.
        const int room = std::max({content, widestWord, text / 2 + 2 * metrics.averageCharWidth()});
        header->resizeSection(column, room + padding);
    }
    fitHeaderHeight();
}

void RecordListPanel::fitHeaderHeight() {
    if (m_stretchField.isEmpty())
        return; // one line, as Qt sizes it
    QHeaderView* header = m_view->horizontalHeader();
    const QFontMetrics metrics(header->font());
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    int height = metrics.lineSpacing();
    for (int column = 0; column < header->count(); ++column) {
        const int width = header->sectionSize(column) - 2 * margin;
        if (width <= 0 || header->isSectionHidden(column))
            continue;
        const QString label = m_model->headerData(column, Qt::Horizontal).toString();
        height = std::max(height,
                          metrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, label).height());
    }
    header->setFixedHeight(std::min(height, 3 * metrics.lineSpacing()) + 2 * margin + 8);
    fitMinimumHeight();
}

void RecordListPanel::setFilterVisible(bool visible) {
    m_filter->setVisible(visible);
}

QString RecordListPanel::addNew() {
    QString uuid;
    if (m_newHandler) {
        uuid = m_newHandler();
    } else {
        QStringList fields = m_newFields.isEmpty() ? m_columns : m_newFields;
        fields.removeAll(m_parentField);
        QVariantMap fixed;
        if (!m_parentField.isEmpty())
            fixed.insert(m_parentField, m_parentId);
        RecordDialog dialog(m_document, m_spec, fields, m_defaults ? m_defaults() : QVariantMap(), fixed,
                            this);
        if (m_municipality > 0)
            dialog.setMunicipality(m_municipality);
        if (m_dialogSetup)
            m_dialogSetup(dialog, nullptr);
        // Closing after "save and new" keeps what was saved; the last one is selected.
        if (dialog.exec() == QDialog::Accepted || dialog.savedCount() > 0)
            uuid = dialog.savedUuid();
    }
    noticeWhereabouts(uuid);
    return uuid;
}

void RecordListPanel::setEditFields(const QStringList& fields) {
    m_editFields = fields;
    if (m_edit)
        return;
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setToolTip(tr("Open the selected row in a form (double-click)"));
    m_bar->insertWidget(m_bar->indexOf(m_new) + 1, m_edit);
    connect(m_edit, &QPushButton::clicked, this, &RecordListPanel::editSelected);
    // A double-click opens the whole record; a cell is still edited in place with F2 or by typing.
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &RecordListPanel::editSelected);
    updateButtons();
}

bool RecordListPanel::editSelected() {
    const QString uuid = selectedUuid();
    if (m_editHandler) {
        const bool saved = !uuid.isEmpty() && m_editHandler(uuid);
        if (saved)
            noticeWhereabouts(uuid);
        return saved;
    }
    auto stored = m_document->repository().find(m_spec, uuid);
    if (uuid.isEmpty() || !stored || !*stored)
        return false;
    RecordDialog dialog(m_document, m_spec, m_editFields, (*stored)->values, {}, this);
    dialog.editRecord(uuid);
    if (m_municipality > 0)
        dialog.setMunicipality(m_municipality);
    if (m_dialogSetup)
        m_dialogSetup(dialog, &**stored);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    noticeWhereabouts(uuid);
    return true;
}

void RecordListPanel::noticeWhereabouts(const QString& uuid) {
    if (uuid.isEmpty())
        return;
    m_model->ensureLoaded();
    if (m_model->rowOf(uuid) >= 0) {
        m_notice->hide();
        selectRecord(uuid);
        return;
    }
    auto saved = m_document->repository().find(m_spec, uuid);
    if (!saved || !*saved)
        return;
    Whereabouts where = m_whereabouts ? m_whereabouts(**saved) : Whereabouts{};
    if (where.text.isEmpty() && !m_filter->text().isEmpty())
        where = {tr("Saved, but the filter “%1” hides it.").arg(m_filter->text()), tr("Clear the filter"),
                 [this, uuid] {
                     m_filter->clear();
                     selectRecord(uuid);
                 }};
    if (where.text.isEmpty())
        where = {tr("Saved, but this list does not show it.")};
    m_notice->say(where.text, where.goText, where.go);
}

void RecordListPanel::showNoMatch() {
    const QString text = m_filter->text().trimmed();
    const bool hidesAll = !text.isEmpty() && m_model->rowCount() == 0;
    if (hidesAll)
        m_noMatch->setText(tr("Nothing here matches “%1”. The filter reads the text of each record too; "
                              "clear it to see them all.")
                               .arg(text));
    m_noMatch->setVisible(hidesAll);
}

bool RecordListPanel::reveal(const QString& uuid) {
    int row = m_model->loadRowOf(uuid);
    if (row < 0 && !m_filter->text().isEmpty()) {
        // The filter stays when it is not what hides the record (the list is of another walk).
        const QString kept = m_filter->text();
        m_filter->clear();
        row = m_model->loadRowOf(uuid);
        if (row < 0)
            m_filter->setText(kept);
    }
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void RecordListPanel::setRowTint(std::function<QColor(const Record&)> tint) {
    m_model->setRowTint(std::move(tint));
}

void RecordListPanel::setReadOnlyFields(const QStringList& fields) {
    m_model->setReadOnlyFields(fields);
}

void RecordListPanel::setComputedColumns(const QList<ComputedColumn>& columns) {
    m_model->setComputedColumns(columns);
}

RecordTableModel* RecordListPanel::model() const {
    m_model->ensureLoaded();
    return m_model;
}

void RecordListPanel::showEvent(QShowEvent* event) {
    // A list nobody scoped (every checklist point) is read when it is first shown.
    m_model->ensureLoaded();
    QWidget::showEvent(event);
}

void RecordListPanel::selectRecord(const QString& uuid) {
    m_model->ensureLoaded();
    const int row = m_model->rowOf(uuid);
    if (row >= 0)
        m_view->selectRow(row);
}

QString RecordListPanel::selectedUuid() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->uuidAt(rows.first().row());
}

void RecordListPanel::removeSelected() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QModelIndex first = m_model->index(rows.first().row(), 0);
    Removal::confirmAndRemove(this, m_document, m_spec, m_model->uuidAt(first.row()),
                              first.data().toString());
}

void RecordListPanel::updateButtons() {
    // A file open read-only shows its records (Edit… still opens them to read) but offers no change.
    const bool editable = !m_document->isReadOnly();
    const bool hasParent = m_parentField.isEmpty() || m_parentId > 0;
    m_new->setEnabled(editable && hasParent);
    const bool selected = m_view->selectionModel() && m_view->selectionModel()->hasSelection();
    m_delete->setEnabled(editable && hasParent && selected);
    if (m_edit)
        m_edit->setEnabled(selected);
}

void RecordListPanel::resolveConflict(const Conflict& conflict, const QVariantMap& mine) {
    const auto kept = ConflictDialog::resolve(conflict, m_model->fieldColumns(), mine, this);
    if (!kept) {
        m_model->refreshRows({conflict.uuid}); // the row as they left it
        return;
    }
    if (Status saved = m_document->update(m_spec, conflict.uuid, *kept, conflict.theirs->version); !saved)
        QMessageBox::warning(this, tr("Not saved"), saved.message());
}

} // namespace lk
