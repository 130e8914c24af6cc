// What of a window a person at a 1366 × 768 laptop could not read: widgets past the window's edge, a layout
// that needs more room than it has, column headers cut short, lists too low to show their rows.
#pragma once

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QHeaderView>
#include <QScrollBar>
#include <QStringList>
#include <QWidget>

namespace lk::test {

inline QString describe(const QWidget* widget) {
    QString name = widget->accessibleName();
    if (name.isEmpty())
        name = widget->objectName();
    return QStringLiteral("%1 “%2”").arg(QString::fromLatin1(widget->metaObject()->className()), name);
}

// A widget inside a scroll area's viewport is brought into view by scrolling: it may lie past the edge.
inline bool scrolledInto(const QWidget* widget, const QWidget* window) {
    for (const QWidget* parent = widget->parentWidget(); parent && parent != window;
         parent = parent->parentWidget()) {
        const auto* area = qobject_cast<const QAbstractScrollArea*>(parent->parentWidget());
        if (area && area->viewport() == parent)
            return true;
    }
    return false;
}

// Every visible widget of `window` that reaches past its edge, where no scrolling brings it into view.
inline QStringList pastTheEdge(const QWidget* window) {
    QStringList problems;
    for (const QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->isWindow() || scrolledInto(widget, window))
            continue;
        const QRect placed(widget->mapTo(window, QPoint(0, 0)), widget->size());
        if (!window->rect().contains(placed))
            problems << QStringLiteral("%1 at %2,%3 %4×%5 lies past the window's edge (%6×%7)")
                            .arg(describe(widget))
                            .arg(placed.x())
                            .arg(placed.y())
                            .arg(placed.width())
                            .arg(placed.height())
                            .arg(window->width())
                            .arg(window->height());
    }
    return problems;
}

// Does a header section show its text whole? On one line it needs what QHeaderView measures for
// ResizeToContents; a header that wraps its words (RecordListPanel's) needs each word to fit the width and
// its lines the height.
// ResizeToContents; a header that wraps its words (RecordListPanel's) needs each word to fit the width and
// its lines the height. A header that highlights its sections draws them in bold while a row is selected.
inline bool headerFits(const QHeaderView* header, int section) {
    QFont font = header->font();
    font.setBold(font.bold() || header->highlightSections());
    const QFontMetrics metrics(font);
    const int width = header->sectionSize(section);
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const QString text = header->model()->headerData(section, header->orientation()).toString();
    if (!(header->defaultAlignment() & Qt::TextWordWrap))
        return width >=
               std::max(header->sectionSizeHint(section), metrics.horizontalAdvance(text) + 2 * margin);
    const QRect room(0, 0, width - 2 * margin, header->height());
    const QRect needs =
        metrics.boundingRect(QRect(room.topLeft(), QSize(room.width(), 10000)), Qt::TextWordWrap, text);
    return needs.width() <= room.width() && needs.height() <= room.height();
}

// Every column header under `shown` whose text the table cuts short ("Kontrollerade fo…").
inline QStringList cutHeaders(const QWidget* shown) {
    QStringList problems;
    for (const QHeaderView* header : shown->findChildren<QHeaderView*>()) {
        if (!header->isVisible() || header->orientation() != Qt::Horizontal || !header->model())
            continue;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section) || header->sectionSize(section) == 0)
                continue;
            if (!headerFits(header, section))
                problems << QStringLiteral("%1: the header “%2” is cut (%3 × %4 px)")
                                .arg(describe(header->parentWidget()),
                                     header->model()->headerData(section, Qt::Horizontal).toString())
                                .arg(header->sectionSize(section))
                                .arg(header->height());
        }
    }
    return problems;
}

// Every list or table under `shown` that shows fewer than `rows` of its rows (or than all it has) and
// makes the reader scroll within a box.
inline QStringList lowLists(const QWidget* shown, int rows) {
    QStringList problems;
    for (const QAbstractItemView* view : shown->findChildren<QAbstractItemView*>()) {
        if (!view->isVisible() || !view->model() || view->inherits("QComboBoxListView"))
            continue;
        const int has = view->model()->rowCount(view->rootIndex());
        if (has == 0 || !view->verticalScrollBar()->isVisible())
            continue;
        const int rowHeight =
            std::max(1, view->visualRect(view->model()->index(0, 0, view->rootIndex())).height());
        const int shows = view->viewport()->height() / rowHeight;
        if (shows < std::min(has, rows))
            problems << QStringLiteral("%1 shows %2 of its %3 rows").arg(describe(view)).arg(shows).arg(has);
    }
    return problems;
}

} // namespace lk::test
