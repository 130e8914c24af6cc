#include "../og/ogfixture.h"
#include "progress/actionitemstanding.h"

using namespace lk;
using namespace lk::test;

namespace {

struct ActionsFile : SalemFile {
    qint64 meeting(qint64 municipalityId, const QDate& held) const {
        return insertRecord(repository, OgRegisters::meetings(), meetingValues(municipalityId, held)).id;
    }
    void action(qint64 meetingId, const QDate& due, const QDate& done = {}) const {
        QVariantMap values = actionValues(meetingId, QStringLiteral("Se över belysningen"), due,
                                          done.isValid() ? QStringLiteral("klar") : QStringLiteral("oppen"));
        if (done.isValid())
            values.insert(QStringLiteral("done_on"), done);
        insertRecord(repository, OgRegisters::actionItems(), values);
    }
    ActionItemStanding::Counts on(const QDate& day) const {
        auto counts = ActionItemStanding::on(repository, municipality, day);
        INFO(counts.message().toStdString());
        REQUIRE(counts.ok());
        return *counts;
    }
};

} // namespace

TEST_CASE("Action items stand as they did on the day: raised by then, finished only later counts as open",
          "[progress][og]") {
    ActionsFile file;
    const qint64 march = file.meeting(file.municipality, QDate(2022, 3, 1));
    file.action(march, QDate(2022, 4, 15));                     // still open
    file.action(march, QDate(2022, 3, 20), QDate(2022, 3, 10)); // finished on 10 March
    file.action(march, QDate(2022, 3, 31), QDate(2022, 4, 10)); // finished late, on 10 April
    file.action(file.meeting(file.municipality, QDate(2022, 5, 1)), QDate(2022, 5, 15));
    // Another municipality's item, long overdue, is never counted here.
    file.action(file.meeting(file.otherMunicipality(), QDate(2022, 2, 1)), QDate(2022, 2, 10));

    SECTION("Before any meeting: nothing") {
        const auto counts = file.on(QDate(2022, 2, 15));
        CHECK(counts.open == 0);
        CHECK(counts.overdue == 0);
    }
    SECTION("Just after the meeting: all three open, none due yet") {
        const auto counts = file.on(QDate(2022, 3, 5));
        CHECK(counts.open == 3);
        CHECK(counts.overdue == 0);
    }
    SECTION("On 1 April: the one finished in March is done; the late one is open and overdue") {
        const auto counts = file.on(QDate(2022, 4, 1));
        CHECK(counts.open == 2);
        CHECK(counts.overdue == 1);
    }
    SECTION("In June: the May meeting's item too, both open ones overdue") {
        const auto counts = file.on(QDate(2022, 6, 1));
        CHECK(counts.open == 2);
        CHECK(counts.overdue == 2);
    }
}
