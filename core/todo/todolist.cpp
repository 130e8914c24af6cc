#include "todo/todolist.h"

#include "common/isodate.h"
#include "db/sql.h"
#include "og/actionitems.h"
#include "og/ogregisters.h"
#include "promises/promiseregisters.h"
#include "report/followupcalendar.h"
#include "tobacco/retailerfollowup.h"
#include "tobacco/tobaccoregisters.h"
#include "walks/walkfollowup.h"
#include "walks/walkregisters.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::TodoList)
};

using Item = TodoList::Item;

// "AND m.municipality_id = ?" with its value, or nothing for every municipality.
QString scoped(const QString& column, qint64 municipalityId, QVariantList& values) {
    if (municipalityId <= 0)
        return {};
    values << municipalityId;
    return QStringLiteral(" AND %1 = ?").arg(column);
}

Result<QHash<qint64, QString>> municipalityNames(const Repository& repository) {
    auto all = repository.list(PromiseRegisters::municipalities());
    if (!all)
        return all.error();
    QHash<qint64, QString> names;
    for (const Record& municipality : *all)
        names.insert(municipality.id, municipality.value(municipalities::name).toString());
    return names;
}

Status openActionItems(const Repository& repository, qint64 municipalityId, const QDate& today,
                       QList<Item>& items) {
    QVariantList values;
    const QString where = scoped(QStringLiteral("m.municipality_id"), municipalityId, values);
    auto query = sql::run(repository.database(),
                          QStringLiteral("SELECT t.id, m.held_on, m.municipality_id FROM action_items t JOIN "
                                         "og_meetings m ON m.id = t.meeting_id WHERE t.status IN ('oppen', "
                                         "'pagar')%1")
                              .arg(where),
                          values);
    if (!query)
        return query.error();
    const RegisterSpec& spec = OgRegisters::actionItems();
    while (query->next()) {
        auto item = repository.findById(spec, query->value(0).toLongLong());
        if (!item)
            return item.error();
        if (!*item)
            continue;
        const Record& record = **item;
        items.append(
            {TodoList::Kind::ActionItem,
             spec.table,
             record.uuid,
             query->value(2).toLongLong(),
             {},
             record.value(actionItems::dueOn).toDate(),
             ActionItems::isOverdue(record, today),
             record.value(actionItems::what).toString(),
             Text::tr("Operativa gruppen, the meeting of %1").arg(query->value(1).toString()),
             spec.field(actionItems::responsible).displayText(record.value(actionItems::responsible))});
    }
    return {};
}

Status openWalkActions(const Repository& repository, qint64 municipalityId, const QDate& today,
                       QList<Item>& items) {
    QVariantList values;
    const QString where = scoped(QStringLiteral("w.municipality_id"), municipalityId, values);
    auto query =
        sql::run(repository.database(),
                 QStringLiteral("SELECT t.id, w.walked_on, w.municipality_id, p.name FROM observations t "
                                "JOIN walks w ON w.id = t.walk_id LEFT JOIN places p ON p.id = "
                                "t.place_id WHERE t.action IS NOT NULL AND t.status IN ('oppen', "
                                "'pagar')%1")
                     .arg(where),
                 values);
    if (!query)
        return query.error();
    const RegisterSpec& spec = WalkRegisters::observations();
    while (query->next()) {
        auto found = repository.findById(spec, query->value(0).toLongLong());
        if (!found)
            return found.error();
        if (!*found)
            continue;
        const Record& record = **found;
        const QString place = query->value(3).toString();
        items.append(
            {TodoList::Kind::WalkAction,
             spec.table,
             record.uuid,
             query->value(2).toLongLong(),
             {},
             record.value(observations::dueOn).toDate(),
             WalkFollowUp::isOverdue(record, today),
             record.value(observations::action).toString(),
             place.isEmpty() ? Text::tr("The safety walk of %1").arg(query->value(1).toString())
                             : Text::tr("The safety walk of %1, %2").arg(query->value(1).toString(), place),
             spec.field(observations::responsible).displayText(record.value(observations::responsible))});
    }
    return {};
}

Status dueRetailers(const Repository& repository, const QList<qint64>& municipalities, const QDate& today,
                    QList<Item>& items) {
    for (qint64 municipality : municipalities) {
        auto due = RetailerFollowUp::of(repository, municipality, today);
        if (!due)
            return due.error();
        for (const RetailerFollowUp::Due& one : *due) {
            const QDate when = one.nextDue();
            const bool late = one.late(today);
            if (!late && today.daysTo(when) > TodoList::retailerNotice)
                continue;
            const QString what =
                !one.lastInspection.isValid() ? Text::tr("First inspection")
                : !one.openFollowUps.isEmpty()
                    ? Text::tr("Follow-up of the inspection of %1")
                          .arg(isoDate(one.openFollowUps.first().value(inspections::heldOn).toDate()))
                    : Text::tr("Inspection (the last one %1)").arg(isoDate(one.lastInspection));
            items.append({TodoList::Kind::Retailer,
                          TobaccoRegisters::retailers().table,
                          one.retailer.uuid,
                          municipality,
                          {},
                          when,
                          late,
                          what,
                          one.retailer.value(retailers::name).toString(),
                          Text::tr("Tobacco inspection")});
        }
    }
    return {};
}

// The promises of each municipality's current period with no status report since the tertial began, due at
// its end; not overdue until then, when they count for the next tertial instead.
Status missingStatuses(const Repository& repository, const QList<qint64>& municipalities, const QDate& today,
                       QList<Item>& items) {
    const int tertial = FollowUpCalendar::tertialOf(today);
    const QDate end = FollowUpCalendar::tertialEnd(today.year(), tertial);
    const QDate start = FollowUpCalendar::previousPoint(today).addDays(1);
    const RegisterSpec& spec = PromiseRegisters::promises();
    for (qint64 municipality : municipalities) {
        auto query =
            sql::run(repository.database(),
                     QStringLiteral(
                         "SELECT p.id FROM promises p JOIN focus_areas f ON f.id = p.focus_area_id JOIN "
                         "periods d ON d.id = f.period_id WHERE d.municipality_id = ? AND d.start_date <= ? "
                         "AND d.end_date >= ? AND NOT EXISTS (SELECT 1 FROM promise_statuses s WHERE "
                         "s.promise_id = p.id AND s.reported_on >= ?) ORDER BY f.sort_order, p.sort_order"),
                     {municipality, isoDate(today), isoDate(today), isoDate(start)});
        if (!query)
            return query.error();
        while (query->next()) {
            auto promise = repository.findById(spec, query->value(0).toLongLong());
            if (!promise)
                return promise.error();
            if (!*promise)
                continue;
            items.append(
                {TodoList::Kind::PromiseStatus,
                 spec.table,
                 (*promise)->uuid,
                 municipality,
                 {},
                 end,
                 false,
                 Text::tr("A status report for %1")
                     .arg(FollowUpCalendar::tertialLabel(today.year(), tertial)),
                 (*promise)->value(promises::title).toString(),
                 spec.field(promises::responsible).displayText((*promise)->value(promises::responsible))});
        }
    }
    return {};
}

} // namespace

Result<QList<Item>> TodoList::of(const Repository& repository, qint64 municipalityId, const QDate& today) {
    auto names = municipalityNames(repository);
    if (!names)
        return names.error();
    QList<qint64> municipalities = municipalityId > 0 ? QList<qint64>{municipalityId} : names->keys();
    std::sort(municipalities.begin(), municipalities.end());
    QList<Item> items;
    if (Status gathered = openActionItems(repository, municipalityId, today, items); !gathered)
        return gathered.error();
    if (Status gathered = openWalkActions(repository, municipalityId, today, items); !gathered)
        return gathered.error();
    if (Status gathered = dueRetailers(repository, municipalities, today, items); !gathered)
        return gathered.error();
    if (Status gathered = missingStatuses(repository, municipalities, today, items); !gathered)
        return gathered.error();
    for (Item& item : items)
        item.municipality = names->value(item.municipalityId);
    // Overdue first; then the earliest due; an item without a date last among its kind.
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        return a.due < b.due;
    });
    return items;
}

int TodoList::overdueCount(const QList<Item>& items) {
    return int(std::count_if(items.cbegin(), items.cend(), [](const Item& item) { return item.overdue; }));
}

QStringList TodoList::responsibles(const QList<Item>& items) {
    QStringList names;
    for (const Item& item : items) {
        if (!item.responsible.isEmpty() && !names.contains(item.responsible))
            names << item.responsible;
    }
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
    return names;
}

} // namespace lk
