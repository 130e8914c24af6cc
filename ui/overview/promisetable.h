// PromiseTable: the promises of a period as they stand between two dates, under their focus areas: a traffic
// light, each counted target as planned against done, and the latest status report with its comment. As tall
// as its rows, for a page that scrolls as a whole; a click on a row asks to open that promise (or focus
// area).
#pragma once

#include "progress/promiseprogress.h"

#include <QHash>
#include <QIcon>
#include <QTableWidget>

class QTimer;

namespace lk {

class PromiseTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { PromiseColumn, LightColumn, TargetsColumn, StatusColumn, CommentColumn, ColumnCount };
    // On the promise column's item: the record's UUID; on the light column's item: the Light as an int.
    static constexpr int UuidRole = Qt::UserRole;
    static constexpr int LightRole = Qt::UserRole + 1;

    explicit PromiseTable(QWidget* parent = nullptr);

    // The promises' progress up to `to`, the date their lights and tooltips speak of.
    void setLines(const QList<PromiseProgress::Line>& lines, const QDate& to);
    // The row of a promise or focus area, or -1.
    int rowOf(const QString& uuid) const;

    // "Möten i Operativa gruppen: 14 of 16 planned" (by the range's end, as a whole number, as the assessment
    // counts it), or "… 0 done, none planned yet".
    static QString plannedAgainstDone(const PromiseProgress::Target& target);

signals:
    void chosen(const QString& uuid);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void addFocusArea(const Record& area);
    void addPromise(const PromiseProgress::Line& line, const QDate& to);
    void fitHeight();

    QTimer* m_refit;
};

} // namespace lk
