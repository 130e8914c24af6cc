#include "overview/promisetable.h"

#include "common/isodate.h"
#include "common/startuptrace.h"
#include "common/trafficlight.h"
#include "promises/promiseregisters.h"

#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QResizeEvent>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimer>

namespace lk {

namespace {

// Rows with air between them, and the dot at the top beside its name, level with the first lines of the
// other cells rather than in the middle of a tall row.
class RowDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int padding = 4;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 2 * padding);
    }
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        // The background (a focus area's shade, the selection) fills the whole row; the content sits inside.
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);
        QStyleOptionViewItem content = option;
        content.rect.adjust(0, padding, 0, -padding);
        QStyledItemDelegate::paint(painter, content, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        option->decorationAlignment = Qt::AlignLeft | Qt::AlignTop;
    }
};

QTableWidgetItem* cellOf(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    // Rows hold one to several lines: their first lines align, the way a printed table reads.
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    return item;
}

// A whole number reads as one; a share of an activity keeps its tenth, so that "16 of 16" is never shown for
// a promise that is in fact behind (16 of 16.4).
} // namespace

PromiseTable::PromiseTable(QWidget* parent)
    : QTableWidget(parent) {
    setObjectName(QStringLiteral("promiseTable"));
    setAccessibleName(tr("Promises"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels(
        {tr("Promise"), tr("Assessment"), tr("Planned and done"), tr("Reported status"), tr("Comment")});
    verticalHeader()->hide();
    setEditTriggers(NoEditTriggers);
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setWordWrap(true);
    setShowGrid(false);
    setIconSize(QSize(16, 16));
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
    QHeaderView* header = horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The short columns are fitted to their contents once per filling (setLines), not at every layout.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CommentColumn, QHeaderView::Stretch);
    // A promise's title wraps at about thirty characters; the comment takes what is left.
    header->resizeSection(PromiseColumn, fontMetrics().averageCharWidth() * 30);
    header->setMinimumSectionSize(fontMetrics().averageCharWidth() * 12);
    setItemDelegate(new RowDelegate(this));
    // The stretched comment column gets its width after the table's own resize: the rows are fitted once the
    // columns have settled.
    m_refit = new QTimer(this);
    m_refit->setSingleShot(true);
    m_refit->setInterval(0);
    connect(m_refit, &QTimer::timeout, this, [this] {
        StartupTrace::mark("promise rows fitted");
        resizeRowsToContents();
        fitHeight();
    });
    connect(header, &QHeaderView::sectionResized, m_refit, qOverload<>(&QTimer::start));
    const auto choose = [this](const QModelIndex& index) {
        if (const QTableWidgetItem* first = item(index.row(), PromiseColumn))
            emit chosen(first->data(UuidRole).toString());
    };
    connect(this, &QTableWidget::clicked, this, choose);
    connect(this, &QTableWidget::activated, this, choose);
}

QString PromiseTable::plannedAgainstDone(const PromiseProgress::Target& target) {
    const QString counted = target.progress.target.value(targets::counted).toString();
    // What is planned by the date follows the target's months of work, so it is no plain share of the year:
    // seasonal work has nothing planned before its season, which the text says rather than "0 of 0".
    if (target.shown() == 0)
        return tr("%1: %2 done, none planned yet").arg(counted, QLocale().toString(target.done));
    return tr("%1: %2 of %3 planned")
        .arg(counted, QLocale().toString(target.done), QLocale().toString(target.shown()));
}

void PromiseTable::setLines(const QList<PromiseProgress::Line>& lines, const QDate& to) {
    clearContents();
    clearSpans();
    setRowCount(0);
    qint64 area = 0;
    for (const PromiseProgress::Line& line : lines) {
        if (line.focusArea.id != area) {
            area = line.focusArea.id;
            addFocusArea(line.focusArea);
        }
        addPromise(line, to);
    }
    for (int column : {LightColumn, TargetsColumn, StatusColumn})
        resizeColumnToContents(column);
    // Not yet on screen (the first filling, as the window opens), the table has no width of its own: rows
    // fitted now would be fitted again once it is laid out, so they are fitted only then.
    if (!isVisible()) {
        m_refit->start();
        return;
    }
    resizeRowsToContents();
    fitHeight();
}

int PromiseTable::rowOf(const QString& uuid) const {
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, PromiseColumn)->data(UuidRole).toString() == uuid)
            return row;
    }
    return -1;
}

void PromiseTable::addFocusArea(const Record& area) {
    const int row = rowCount();
    insertRow(row);
    QTableWidgetItem* title = cellOf(area.value(focusAreas::title).toString());
    title->setData(UuidRole, area.uuid);
    QFont bold = font();
    bold.setBold(true);
    title->setFont(bold);
    title->setBackground(palette().color(QPalette::Window));
    title->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setItem(row, PromiseColumn, title);
    setSpan(row, 0, 1, ColumnCount);
}

void PromiseTable::addPromise(const PromiseProgress::Line& line, const QDate& to) {
    const int row = rowCount();
    insertRow(row);
    QTableWidgetItem* title = cellOf(line.promise.value(promises::title).toString());
    title->setData(UuidRole, line.promise.uuid);
    title->setToolTip(tr("Open the promise on the Promises page"));
    setItem(row, PromiseColumn, title);

    QTableWidgetItem* light = cellOf(PromiseProgress::lightName(line.light));
    light->setIcon(lightIcon(line.light));
    light->setData(LightRole, int(line.light));
    light->setToolTip(PromiseProgress::explanation(line, to));
    setItem(row, LightColumn, light);

    QStringList targets;
    for (const PromiseProgress::Target& target : line.targets)
        targets << plannedAgainstDone(target);
    for (const Record& target : line.uncounted)
        targets << tr("%1: followed up by hand").arg(target.value(targets::counted).toString());
    QTableWidgetItem* targetsCell = cellOf(targets.join(QLatin1Char('\n')));
    if (targets.isEmpty()) {
        targetsCell->setText(tr("No target counted from a register"));
        targetsCell->setForeground(palette().color(QPalette::PlaceholderText));
    }
    setItem(row, TargetsColumn, targetsCell);

    QString status = tr("No report yet");
    QString comment;
    if (line.status) {
        const FieldSpec& field = PromiseRegisters::statuses().field(promiseStatuses::status);
        status = QStringLiteral("%1\n%2").arg(
            field.codeLabel(line.status->value(promiseStatuses::status).toString()),
            isoDate(line.status->value(promiseStatuses::reportedOn).toDate()));
        comment = line.status->value(promiseStatuses::comment).toString();
    }
    QTableWidgetItem* statusCell = cellOf(status);
    // A status the figures contradict is marked, and the tooltip says how they part.
    if (const QString parted = PromiseProgress::disagreement(line); !parted.isEmpty()) {
        statusCell->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        statusCell->setToolTip(parted);
        statusCell->setData(Qt::AccessibleDescriptionRole, parted);
    }
    setItem(row, StatusColumn, statusCell);
    QTableWidgetItem* commentCell = cellOf(comment);
    commentCell->setToolTip(comment);
    setItem(row, CommentColumn, commentCell);
}

void PromiseTable::resizeEvent(QResizeEvent* event) {
    QTableWidget::resizeEvent(event);
    // A new width wraps the titles and comments anew, and with them the rows' heights.
    if (event->size().width() != event->oldSize().width())
        m_refit->start();
}

void PromiseTable::fitHeight() {
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int row = 0; row < rowCount(); ++row)
        height += rowHeight(row);
    setFixedHeight(height);
}

} // namespace lk
