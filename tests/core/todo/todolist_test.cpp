#include "catchqt.h"
#include "municipalitycopy.h"
#include "og/actionitems.h"
#include "promises/promiseregisters.h"
#include "samplefile.h"
#include "testfile.h"
#include "tobacco/retailerfollowup.h"
#include "todo/todolist.h"
#include "walks/walkfollowup.h"

using namespace lk;
using lk::test::scalar;
using lk::test::TestFile;

namespace {

struct Demo : lk::test::SampleFile {
    QList<TodoList::Item> of(qint64 municipalityId, const QDate& today) const {
        auto items = TodoList::of(repository, municipalityId, today);
        INFO(items.message().toStdString());
        REQUIRE(items.ok());
        return *items;
    }
    // What the registers' own badges count as overdue or due on `today`.
    int badges(const QDate& today) const {
        auto og = ActionItems::overdueCount(repository, municipality, today);
        auto walks = WalkFollowUp::totals(repository, municipality, today);
        auto tobacco = RetailerFollowUp::late(repository, municipality, today);
        REQUIRE(og.ok());
        REQUIRE(walks.ok());
        REQUIRE(tobacco.ok());
        return *og + walks->overdue + int(tobacco->size());
    }
};

int countOf(const QList<TodoList::Item>& items, TodoList::Kind kind) {
    return int(
        std::count_if(items.cbegin(), items.cend(), [kind](const auto& item) { return item.kind == kind; }));
}

} // namespace

TEST_CASE("Att göra counts overdue exactly what the registers' own badges count", "[todo]") {
    Demo demo;
    for (const QDate& today :
         {QDate(2021, 6, 15), QDate(2022, 3, 1), QDate(2022, 11, 30), QDate(2026, 12, 7)}) {
        INFO(today.toString(Qt::ISODate).toStdString());
        const QList<TodoList::Item> items = demo.of(demo.municipality, today);
        CHECK(TodoList::overdueCount(items) == demo.badges(today));
        // Overdue first, then by the date each is due.
        const auto firstComing =
            std::find_if(items.cbegin(), items.cend(), [](const auto& item) { return !item.overdue; });
        CHECK(std::none_of(firstComing, items.cend(), [](const auto& item) { return item.overdue; }));
        CHECK(std::is_sorted(firstComing, items.cend(),
                             [](const auto& a, const auto& b) { return a.due < b.due; }));
    }
}

TEST_CASE("Att göra lists every open action item and walk action, and the promises without a status this "
          "tertial",
          "[todo]") {
    Demo demo;
    const QDate today(2022, 6, 15);
    const QList<TodoList::Item> items = demo.of(demo.municipality, today);
    CHECK(countOf(items, TodoList::Kind::ActionItem) ==
          scalar(*demo.document,
                 QStringLiteral("SELECT count(*) FROM action_items WHERE status IN ('oppen', 'pagar')"))
              .toInt());
    CHECK(countOf(items, TodoList::Kind::WalkAction) ==
          scalar(*demo.document,
                 QStringLiteral("SELECT count(*) FROM observations WHERE action IS NOT NULL AND "
                                "status IN ('oppen', 'pagar')"))
              .toInt());
    // Tertial 2 of 2022 began on 1 May: a promise without a report since then is listed, due on 31 August.
    const int missing =
        scalar(*demo.document,
               QStringLiteral(
                   "SELECT count(*) FROM promises p WHERE NOT EXISTS (SELECT 1 FROM promise_statuses s "
                   "WHERE s.promise_id = p.id AND s.reported_on >= '2022-05-01')"))
            .toInt();
    CHECK(countOf(items, TodoList::Kind::PromiseStatus) == missing);
    for (const TodoList::Item& item : items) {
        if (item.kind == TodoList::Kind::PromiseStatus) {
            CHECK(item.due == QDate(2022, 8, 31));
            CHECK_FALSE(item.overdue);
        }
        CHECK_FALSE(item.uuid.isEmpty());
        CHECK(item.municipality == QStringLiteral("Salems kommun"));
    }
    // After the period nothing asks for a status report.
    CHECK(countOf(demo.of(demo.municipality, QDate(2026, 12, 7)), TodoList::Kind::PromiseStatus) == 0);
    // Who is responsible, each once.
    const QStringList responsibles = TodoList::responsibles(items);
    CHECK_FALSE(responsibles.isEmpty());
    CHECK(responsibles.size() == QSet<QString>(responsibles.cbegin(), responsibles.cend()).size());
}

TEST_CASE("Att göra over every municipality holds each one's items, named by municipality", "[todo]") {
    Demo demo;
    lk::test::copyMunicipality(demo.repository, {{QStringLiteral("Nykvarns kommun"), QString()}});
    const QDate today(2022, 6, 15);
    const QList<TodoList::Item> salem = demo.of(demo.municipality, today);
    const QList<TodoList::Item> all = demo.of(0, today);
    CHECK(all.size() == 2 * salem.size());
    CHECK(TodoList::overdueCount(all) == 2 * TodoList::overdueCount(salem));
    const int nykvarn = int(std::count_if(all.cbegin(), all.cend(), [](const auto& item) {
        return item.municipality == QStringLiteral("Nykvarns kommun");
    }));
    CHECK(nykvarn == salem.size());
}
