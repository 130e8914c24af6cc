#include "tobacco/retailerhistory.h"

#include "db/sql.h"

namespace lk {

Result<QList<RetailerHistory::Entry>> RetailerHistory::of(const Repository& repository, qint64 retailerId) {
    // Each inspection's deficiencies are counted in the same query, so that a retailer with many inspections
    // costs no more round trips than one with a single inspection.
    auto query = sql::run(
        repository.database(),
        QStringLiteral(
            "SELECT 0, i.held_on, i.id, i.kind, i.decision, (SELECT count(*) FROM inspection_results x "
            "WHERE x.inspection_id = i.id AND x.result = 'brist'), NULL, NULL "
            "FROM inspections i WHERE i.retailer_id = ? "
            "UNION ALL "
            "SELECT 1, p.made_on, p.id, NULL, NULL, 0, p.outcome, p.dialogue_on "
            "FROM test_purchases p WHERE p.retailer_id = ? "
            "ORDER BY 2 DESC, 1, 3"),
        {retailerId, retailerId});
    if (!query)
        return query.error();
    QList<Entry> entries;
    while (query->next()) {
        Entry entry;
        entry.what = query->value(0).toInt() == 0 ? Entry::What::Inspection : Entry::What::TestPurchase;
        entry.on = query->value(1).toDate();
        entry.id = query->value(2).toLongLong();
        entry.kind = query->value(3).toString();
        entry.decision = query->value(4).toString();
        entry.deficiencies = query->value(5).toInt();
        entry.outcome = query->value(6).toString();
        entry.dialogueOn = query->value(7).toDate();
        entries.append(entry);
    }
    return entries;
}

} // namespace lk
