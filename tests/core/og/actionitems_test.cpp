#include "catchqt.h"
#include "og/actionitems.h"
#include "ogfixture.h"

using namespace lk;
using namespace lk::test;

namespace {

Record item(const QString& status, const QDate& due) {
    Record record;
    record.values = {{QStringLiteral("what"), QStringLiteral("Kontakta skolan")},
                     {QStringLiteral("responsible"), QStringLiteral("Skola")},
                     {QStringLiteral("status"), status}};
    if (due.isValid())
        record.values.insert(QStringLiteral("due_on"), due);
    return record;
}

int overdue(const Repository& repository, qint64 municipality, const QDate& today) {
    auto count = ActionItems::overdueCount(repository, municipality, today);
    INFO(count.message().toStdString());
    REQUIRE(count.ok());
    return *count;
}

} // namespace

TEST_CASE("An open or ongoing action is overdue the day after its due date", "[og]") {
    const QDate due(2021, 3, 23);
    for (const QString& status : {QStringLiteral("oppen"), QStringLiteral("pagar")}) {
        INFO(status.toStdString());
        CHECK_FALSE(ActionItems::isOverdue(item(status, due), due.addDays(-1)));
        CHECK_FALSE(ActionItems::isOverdue(item(status, due), due));
        CHECK(ActionItems::isOverdue(item(status, due), due.addDays(1)));
        CHECK(ActionItems::isOverdue(item(status, due), QDate(2022, 1, 1)));
    }
}

TEST_CASE("A finished or cancelled action, or one without a due date, is never overdue", "[og]") {
    const QDate due(2021, 3, 23);
    for (const QString& status : {QStringLiteral("klar"), QStringLiteral("struken")}) {
        INFO(status.toStdString());
        CHECK_FALSE(ActionItems::isOverdue(item(status, due), due.addDays(30)));
    }
    CHECK_FALSE(ActionItems::isOverdue(item(QStringLiteral("oppen"), QDate()), QDate(2030, 1, 1)));
}

TEST_CASE("A stored action reads the same as the list shows it: overdue by its stored due date", "[og]") {
    SalemFile salem;
    const Record meeting = insertRecord(salem.repository, OgRegisters::meetings(),
                                        meetingValues(salem.municipality, QDate(2021, 3, 9)));
    const Record stored =
        insertRecord(salem.repository, OgRegisters::actionItems(),
                     actionValues(meeting.id, QStringLiteral("Ring skolan"), QDate(2021, 3, 23)));
    const auto found = findRecord(salem.repository, OgRegisters::actionItems(), stored.uuid);
    REQUIRE(found.has_value());
    CHECK(ActionItems::isOverdue(*found, QDate(2021, 3, 24)));
    CHECK_FALSE(ActionItems::isOverdue(*found, QDate(2021, 3, 23)));
}

TEST_CASE("The overdue count covers one municipality's open and ongoing actions past their due date",
          "[og]") {
    SalemFile salem;
    const Repository& repository = salem.repository;
    const Record march = insertRecord(repository, OgRegisters::meetings(),
                                      meetingValues(salem.municipality, QDate(2021, 3, 9)));
    const Record april = insertRecord(repository, OgRegisters::meetings(),
                                      meetingValues(salem.municipality, QDate(2021, 4, 13)));
    const auto add = [&](qint64 meeting, const QString& status, const QDate& due) {
        QVariantMap values = actionValues(meeting, QStringLiteral("Följ upp"), due, status);
        if (!due.isValid())
            values.remove(QStringLiteral("due_on"));
        if (status == QStringLiteral("klar"))
            values.insert(QStringLiteral("done_on"), QDate(2021, 3, 20));
        insertRecord(repository, OgRegisters::actionItems(), values);
    };
    add(march.id, QStringLiteral("oppen"), QDate(2021, 3, 23));   // overdue
    add(march.id, QStringLiteral("pagar"), QDate(2021, 3, 30));   // overdue
    add(march.id, QStringLiteral("klar"), QDate(2021, 3, 23));    // done
    add(march.id, QStringLiteral("struken"), QDate(2021, 3, 23)); // cancelled
    add(april.id, QStringLiteral("oppen"), QDate(2021, 4, 27));   // due on the day: not yet
    add(april.id, QStringLiteral("oppen"), QDate());              // no due date
    add(april.id, QStringLiteral("oppen"), QDate(2021, 5, 11));   // not yet due

    // Another municipality's overdue action does not count for Salem.
    const qint64 other = salem.otherMunicipality();
    const Record elsewhere =
        insertRecord(repository, OgRegisters::meetings(), meetingValues(other, QDate(2021, 3, 9)));
    add(elsewhere.id, QStringLiteral("oppen"), QDate(2021, 3, 10));

    CHECK(overdue(repository, salem.municipality, QDate(2021, 4, 27)) == 2);
    CHECK(overdue(repository, salem.municipality, QDate(2021, 4, 28)) == 3);
    CHECK(overdue(repository, salem.municipality, QDate(2021, 3, 23)) == 0);
    CHECK(overdue(repository, salem.municipality, QDate(2030, 1, 1)) == 4);
    CHECK(overdue(repository, other, QDate(2021, 4, 27)) == 1);
    CHECK(overdue(repository, other, QDate(2021, 3, 10)) == 0);

    // The count agrees with isOverdue item by item.
    auto all = repository.list(OgRegisters::actionItems());
    REQUIRE(all.ok());
    int byItem = 0;
    for (const Record& action : *all) {
        const qint64 meeting = action.value(QStringLiteral("meeting_id")).toLongLong();
        if (meeting != elsewhere.id && ActionItems::isOverdue(action, QDate(2021, 4, 28)))
            ++byItem;
    }
    CHECK(byItem == 3);
}

TEST_CASE("An action marked done stops being overdue", "[og]") {
    SalemFile salem;
    const Record meeting = insertRecord(salem.repository, OgRegisters::meetings(),
                                        meetingValues(salem.municipality, QDate(2021, 3, 9)));
    const Record action =
        insertRecord(salem.repository, OgRegisters::actionItems(),
                     actionValues(meeting.id, QStringLiteral("Ring skolan"), QDate(2021, 3, 23)));
    CHECK(overdue(salem.repository, salem.municipality, QDate(2021, 4, 1)) == 1);
    REQUIRE(salem.document
                ->update(OgRegisters::actionItems(), action.uuid,
                         {{QStringLiteral("status"), QStringLiteral("klar")},
                          {QStringLiteral("done_on"), QDate(2021, 3, 31)}})
                .ok());
    CHECK(overdue(salem.repository, salem.municipality, QDate(2021, 4, 1)) == 0);
    salem.document->undoStack()->undo();
    CHECK(overdue(salem.repository, salem.municipality, QDate(2021, 4, 1)) == 1);
}
