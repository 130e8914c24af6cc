#include "catchqt.h"
#include "io/templates.h"
#include "promises/promiseregisters.h"
#include "register/registry.h"
#include "testfile.h"

#include <QDate>

using lk::test::scalar;
using lk::test::TestFile;

namespace {

const QString salem = QStringLiteral("salem-2021-2022");

qint64 count(const lk::Document& document, const QString& table) {
    return scalar(document, QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
}

QList<lk::Record> listed(const lk::Repository& repository, const lk::RegisterSpec& spec,
                         const QString& field = {}, const QVariant& value = {}) {
    auto records = repository.list(spec, field, value);
    INFO(records.message().toStdString());
    REQUIRE(records.ok());
    return *records;
}

QString text(const lk::Record& record, const char* field) {
    return record.value(QString::fromLatin1(field)).toString();
}

} // namespace

TEST_CASE("The templates are Salem 2021–2022, the default, and empty", "[templates]") {
    const QStringList names = lk::Templates::names();
    CHECK(names.contains(salem));
    CHECK(names.contains(QStringLiteral("empty")));
    CHECK(names.contains(lk::Templates::defaultName()));
    CHECK(lk::Templates::defaultName() == salem);
}

TEST_CASE("The Salem template gives one municipality with its period 2021–2022", "[templates]") {
    TestFile file;
    auto document = file.open();
    auto applied = lk::Templates::apply(document->repository(), salem);
    INFO(applied.message().toStdString());
    REQUIRE(applied.ok());
    const lk::Repository repository = document->repository();

    const QList<lk::Record> municipalities = listed(repository, lk::PromiseRegisters::municipalities());
    REQUIRE(municipalities.size() == 1);
    CHECK(text(municipalities.first(), "name") == QStringLiteral("Salems kommun"));

    const QList<lk::Record> periods = listed(repository, lk::PromiseRegisters::periods());
    REQUIRE(periods.size() == 1);
    const lk::Record& period = periods.first();
    CHECK(text(period, "name") == QStringLiteral("2021–2022"));
    CHECK(period.value(QStringLiteral("start_date")).toDate() == QDate(2021, 1, 1));
    CHECK(period.value(QStringLiteral("end_date")).toDate() == QDate(2022, 12, 31));
    CHECK(period.value(QStringLiteral("municipality_id")).toLongLong() == municipalities.first().id);
}

TEST_CASE("The Salem template has two focus areas with eight promises in order, and who is responsible",
          "[templates]") {
    TestFile file;
    auto document = file.open();
    REQUIRE(lk::Templates::apply(document->repository(), salem).ok());
    const lk::Repository repository = document->repository();
    const qint64 periodId = listed(repository, lk::PromiseRegisters::periods()).first().id;

    const QList<lk::Record> areas =
        listed(repository, lk::PromiseRegisters::focusAreas(), QStringLiteral("period_id"), periodId);
    REQUIRE(areas.size() == 2);
    CHECK(text(areas.at(0), "title") ==
          QStringLiteral("Tryggheten i kommunens centrum och andra offentliga miljöer"));
    CHECK(text(areas.at(1), "title") == QStringLiteral("Tryggare hemmiljö"));

    QStringList titles;
    QStringList responsible;
    QList<int> perArea;
    for (const lk::Record& area : areas) {
        const QList<lk::Record> promises =
            listed(repository, lk::PromiseRegisters::promises(), QStringLiteral("focus_area_id"), area.id);
        perArea << int(promises.size());
        for (const lk::Record& promise : promises) {
            titles << text(promise, "title");
            responsible << text(promise, "responsible");
            CHECK_FALSE(text(promise, "text").isEmpty());
        }
    }
    CHECK(perArea == QList<int>{6, 2});
    CHECK(titles ==
          QStringList{QStringLiteral("Trygghetsvandringar"), QStringLiteral("Lägesbild över otrygga platser"),
                      QStringLiteral("Operativa gruppen"), QStringLiteral("Riktat arbete mot narkotika"),
                      QStringLiteral("Informationsspridning om narkotika"),
                      QStringLiteral("Tobakstillsyn och kontrollköp"), QStringLiteral("Grannsamverkan"),
                      QStringLiteral("Trafikkontroller")});
    // Promises 4 and 8 are the police's own; the others are joint.
    for (int i = 0; i < responsible.size(); ++i) {
        INFO("promise " << i + 1 << ": " << titles.value(i).toStdString());
        CHECK(responsible.at(i) ==
              (i == 3 || i == 7 ? QStringLiteral("polisen") : QStringLiteral("samverkan")));
    }
    CHECK(responsible.size() == 8);
}

TEST_CASE("The Salem template has three targets: Operativa gruppen meets 12 times a year, two safety walks a "
          "year in spring and autumn, and fire-safety information before Advent",
          "[templates]") {
    TestFile file;
    auto document = file.open();
    REQUIRE(lk::Templates::apply(document->repository(), salem).ok());

    const QList<lk::Record> targets = listed(document->repository(), lk::PromiseRegisters::targets());
    REQUIRE(targets.size() == 3);
    const auto promiseOf = [&](const lk::Record& target) {
        return scalar(*document, QStringLiteral("SELECT title FROM promises WHERE id = ?"),
                      {target.value(QStringLiteral("promise_id"))})
            .toString();
    };
    // In the order of what they count.
    const lk::Record& fire = targets.at(0);
    const lk::Record& meetings = targets.at(1);
    const lk::Record& walks = targets.at(2);
    CHECK(meetings.value(QStringLiteral("quantity")).toLongLong() == 12);
    CHECK(text(meetings, "per") == QStringLiteral("ar"));
    CHECK(text(meetings, "source") == QStringLiteral("og_meetings"));
    CHECK_FALSE(meetings.value(QStringLiteral("months")).isValid()); // every month
    CHECK(promiseOf(meetings) == QStringLiteral("Operativa gruppen"));

    CHECK(walks.value(QStringLiteral("quantity")).toLongLong() == 2);
    CHECK(text(walks, "source") == QStringLiteral("walks"));
    CHECK(text(walks, "months") == QStringLiteral("4,5,9,10"));
    CHECK(promiseOf(walks) == QStringLiteral("Trygghetsvandringar"));

    CHECK(fire.value(QStringLiteral("quantity")).toLongLong() == 1);
    CHECK(text(fire, "source") == QStringLiteral("watch_events"));
    CHECK(text(fire, "only_kind") == QStringLiteral("brandskydd"));
    CHECK(text(fire, "months") == QStringLiteral("11,12"));
    CHECK(promiseOf(fire) == QStringLiteral("Grannsamverkan"));
    CHECK(count(*document, QStringLiteral("promise_statuses")) == 0);
}

TEST_CASE("The empty template adds nothing", "[templates]") {
    TestFile file;
    auto document = file.open();
    const QByteArray before = TestFile::exportOf(*document);
    auto applied = lk::Templates::apply(document->repository(), QStringLiteral("empty"));
    INFO(applied.message().toStdString());
    REQUIRE(applied.ok());
    CHECK(applied->added == 0);
    CHECK(applied->updated == 0);
    CHECK(applied->unchanged == 0);
    for (const lk::RegisterSpec* spec : lk::Registry::all())
        CHECK(count(*document, spec->table) == (spec->table == QStringLiteral("checklist_points") ? 8 : 0));
    CHECK(TestFile::exportOf(*document) == before);
}

TEST_CASE("An unknown template is refused by name and changes nothing", "[templates]") {
    TestFile file;
    auto document = file.open();
    const QByteArray before = TestFile::exportOf(*document);
    for (const QString& name : {QStringLiteral("salem-2023-2024"),
                                QStringLiteral("../templates/salem-2021-2022"), QStringLiteral("")}) {
        auto applied = lk::Templates::apply(document->repository(), name);
        INFO("name: " << name.toStdString());
        REQUIRE_FALSE(applied.ok());
        CHECK(applied.message().contains(salem)); // it says which templates there are
        if (!name.isEmpty())
            CHECK(applied.message().contains(name));
    }
    CHECK(TestFile::exportOf(*document) == before);
    CHECK(count(*document, QStringLiteral("audit_log")) == 0);
}

TEST_CASE("Applying the Salem template a second time changes nothing", "[templates]") {
    TestFile file;
    auto document = file.open();
    auto first = lk::Templates::apply(document->repository(), salem);
    REQUIRE(first.ok());
    CHECK(first->added == 15); // 1 municipality, 1 period, 2 focus areas, 8 promises, 3 targets
    const QByteArray afterFirst = TestFile::exportOf(*document);
    const qint64 auditAfterFirst = count(*document, QStringLiteral("audit_log"));
    CHECK(auditAfterFirst == first->added);

    auto second = lk::Templates::apply(document->repository(), salem);
    INFO(second.message().toStdString());
    REQUIRE(second.ok());
    CHECK(second->added == 0);
    CHECK(second->updated == 0);
    CHECK(second->unchanged == first->added);
    CHECK(second->tables.isEmpty());
    CHECK(TestFile::exportOf(*document) == afterFirst);
    CHECK(count(*document, QStringLiteral("audit_log")) == auditAfterFirst);
}
