#include "walkfixture.h"
#include "walks/walkfollowup.h"

using namespace lk;
using namespace lk::test;

TEST_CASE("The follow-up counts actions fixed within six months of the walk, late ones and overdue ones",
          "[walks][followup]") {
    WalkFile file;
    const QDate walked = file.walk.value(QStringLiteral("walked_on")).toDate(); // 2021-10-12
    const qint64 walk = file.walk.id;
    for (const QVariantMap& values :
         {actionValues(walk, walked, QStringLiteral("atgardad"), QDate(2021, 11, 1)),
          actionValues(walk, walked, QStringLiteral("atgardad"), QDate(2022, 4, 12)), // the last day in time
          actionValues(walk, walked, QStringLiteral("atgardad"), QDate(2022, 4, 13)), // a day late
          actionValues(walk, walked, QStringLiteral("avvisad")),
          actionValues(walk, walked, QStringLiteral("oppen")),
          actionValues(walk, walked, QStringLiteral("pagar"))})
        insertRecord(file.repository, WalkRegisters::observations(), values);
    // An observation without an action is no action; another municipality's walk does not count.
    insertRecord(file.repository, WalkRegisters::observations(),
                 {{QStringLiteral("walk_id"), walk},
                  {QStringLiteral("category"), QStringLiteral("trygg_plats")},
                  {QStringLiteral("description"), QStringLiteral("Bra belysning.")}});
    const Record elsewhere =
        insertRecord(file.repository, WalkRegisters::walks(), walkValues(file.otherMunicipality()));
    insertRecord(file.repository, WalkRegisters::observations(),
                 actionValues(elsewhere.id, walked, QStringLiteral("oppen")));

    SECTION("Before the six months are over, only the settled actions are in the share") {
        auto totals = WalkFollowUp::totals(file.repository, file.municipality, QDate(2022, 1, 1));
        REQUIRE(totals.ok());
        CHECK(totals->actions == 6);
        CHECK(totals->settled == 4);
        CHECK(totals->inTime == 2);
        CHECK(totals->late == 1);
        CHECK(totals->rejected == 1);
        CHECK(totals->open == 2);
        CHECK(totals->overdue == 0);
        CHECK(totals->shareInTime() == Approx(0.5));
    }
    SECTION("After them, the open ones are overdue and count against the share") {
        auto totals = WalkFollowUp::totals(file.repository, file.municipality, QDate(2022, 6, 1));
        REQUIRE(totals.ok());
        CHECK(totals->settled == 6);
        CHECK(totals->overdue == 2);
        CHECK(totals->shareInTime() == Approx(2.0 / 6));
    }
    SECTION("A date range counts the walks in it only") {
        auto totals = WalkFollowUp::totals(file.repository, file.municipality, QDate(2022, 6, 1),
                                           QDate(2022, 1, 1), QDate(2022, 12, 31));
        REQUIRE(totals.ok());
        CHECK(totals->actions == 0);
        CHECK(totals->shareInTime() == 0);
    }
    SECTION("isOverdue agrees with the count") {
        Record open;
        open.values = actionValues(walk, walked, QStringLiteral("oppen"));
        CHECK_FALSE(WalkFollowUp::isOverdue(open, QDate(2022, 4, 12)));
        CHECK(WalkFollowUp::isOverdue(open, QDate(2022, 4, 13)));
        open.values.insert(QStringLiteral("status"), QStringLiteral("atgardad"));
        CHECK_FALSE(WalkFollowUp::isOverdue(open, QDate(2023, 1, 1)));
    }
}

TEST_CASE("The demo's actions: five of twelve fixed within six months, four overdue",
          "[walks][followup][demo]") {
    WalkDemoFile demo;
    auto totals = WalkFollowUp::totals(demo.repository, demo.municipality, QDate(2026, 11, 25));
    REQUIRE(totals.ok());
    CHECK(totals->actions == 12);
    CHECK(totals->inTime == 5);
    CHECK(totals->rejected == 1);
    CHECK(totals->overdue == 4);
}
