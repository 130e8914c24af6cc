#include "overview/areatable.h"

#include "common/startuptrace.h"
#include "common/trafficlight.h"
#include "overview/promisetable.h"
#include "promises/promiseregisters.h"

#include <QHeaderView>
#include <QResizeEvent>
#include <QTimer>

namespace lk {

namespace {

QTableWidgetItem* cellOf(const QString& text, const QString& tip = {}) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    item->setToolTip(tip);
    return item;
}

// The light in its shape and colour, with its name beside it, or only the mark where the columns are too
// narrow for the words (the legend above the promises names them; a screen reader is given the name).
QTableWidgetItem* lightCell(const PromiseProgress::Line& line, const QDate& to, bool words) {
    const QString name = PromiseProgress::lightName(line.light);
    auto* item = cellOf(words ? name : QString(), PromiseProgress::explanation(line, to));
    item->setData(Qt::AccessibleTextRole, name);
    item->setIcon(lightIcon(line.light));
    item->setData(PromiseTable::LightRole, int(line.light));
    return item;
}

// More municipalities than this side by side leave too narrow a column for "Somewhat behind".
constexpr qsizetype wordsAtMost = 6;

QString valueOf(const QList<KeyFigures::Figure>& figures, const QString& label) {
    for (const KeyFigures::Figure& figure : figures) {
        if (figure.label == label)
            return figure.value;
    }
    return {};
}

} // namespace

AreaTable::AreaTable(QWidget* parent)
    : QTableWidget(parent) {
    setObjectName(QStringLiteral("areaTable"));
    setAccessibleName(tr("The police area's municipalities side by side"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The rows' names are a column of their own that wraps: as a header they took the width of the longest
    // key figure and squeezed the municipalities.
    verticalHeader()->hide();
    m_refit = new QTimer(this);
    m_refit->setSingleShot(true);
    m_refit->setInterval(0);
    connect(m_refit, &QTimer::timeout, this, &AreaTable::fitHeight);
    // A column made wider or narrower by hand wraps its text anew too.
    connect(horizontalHeader(), &QHeaderView::sectionResized, m_refit, qOverload<>(&QTimer::start));
}

void AreaTable::setArea(const PoliceArea& area, qint64 chosenId) {
    QList<const PoliceArea::Municipality*> columns;
    for (const PoliceArea::Municipality& one : area.municipalities) {
        if (one.municipality.id == chosenId)
            columns.prepend(&one);
        else
            columns.append(&one);
    }
    const QStringList promises = area.promiseTitles();
    const QStringList figures = area.keyFigureLabels();
    clear();
    setColumnCount(int(columns.size()) + 1);
    setRowCount(int(promises.size() + figures.size()));
    setHorizontalHeaderItem(0, cellOf(tr("Promise or key figure")));
    const QStringList names = promises + figures;
    for (int row = 0; row < names.size(); ++row) {
        auto* name = cellOf(names.at(row));
        name->setBackground(palette().alternateBase());
        setItem(row, 0, name);
    }
    for (int at = 0; at < columns.size(); ++at) {
        const int column = at + 1;
        const PoliceArea::Municipality& one = *columns.at(at);
        // Many side by side: "Botkyrka" rather than a header cut to "Botkyrka ko…"; the tooltip has the
        // whole.
        const QString name = one.municipality.value(municipalities::name).toString();
        QString shown = name;
        if (columns.size() > 4 && shown.endsWith(QStringLiteral(" kommun"), Qt::CaseInsensitive))
            shown.chop(7);
        auto* head = cellOf(shown, name);
        if (one.municipality.id == chosenId) {
            QFont bold = font();
            bold.setBold(true);
            head->setFont(bold);
        }
        if (!one.period)
            head->setToolTip(tr("%1: no period named %2").arg(name, area.periodName));
        setHorizontalHeaderItem(column, head);
        for (int row = 0; row < promises.size(); ++row) {
            const PromiseProgress::Line* line = one.line(promises.at(row));
            setItem(row, column,
                    line ? lightCell(*line, one.to, columns.size() <= wordsAtMost)
                         : cellOf(QStringLiteral("—"),
                                  one.period ? tr("No promise of this name in %1").arg(area.periodName)
                                             : tr("No period named %1").arg(area.periodName)));
        }
        // Worked out once a column: each figure's words are made anew at every call.
        const QList<KeyFigures::Figure> own =
            one.keyFigures ? one.keyFigures->figures() : QList<KeyFigures::Figure>{};
        for (int row = 0; row < figures.size(); ++row) {
            const QString value = valueOf(own, figures.at(row));
            setItem(int(promises.size()) + row, column,
                    cellOf(value.isEmpty() ? QStringLiteral("—") : value));
        }
    }
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    setColumnWidth(0, 240);
    m_refit->start();
}

void AreaTable::resizeEvent(QResizeEvent* event) {
    QTableWidget::resizeEvent(event);
    // The columns' widths decide where the text wraps, and so how tall each row is; a new height (the fit's
    // own) changes neither.
    if (event->size().width() != event->oldSize().width())
        m_refit->start();
}

void AreaTable::fitHeight() {
    StartupTrace::mark("area rows fitted");
    resizeRowsToContents();
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int row = 0; row < rowCount(); ++row) {
        setRowHeight(row, rowHeight(row) + 6);
        height += rowHeight(row);
    }
    setFixedHeight(height);
}

} // namespace lk
