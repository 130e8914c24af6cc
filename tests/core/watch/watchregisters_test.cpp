#include "io/jsonimporter.h"
#include "promises/targetprogress.h"
#include "watchfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace lk;
using namespace lk::test;

namespace {

Result<Record> tryInsert(const WatchFile& watch, const RegisterSpec& spec, const QVariantMap& values) {
    return watch.repository.insert(spec, recordOf(values), Repository::Stamp::Now);
}

const QVariantMap withContact{{QStringLiteral("contact_consent"), true},
                              {QStringLiteral("contact_name"), QStringLiteral("Karin Exempelsson")},
                              {QStringLiteral("contact_phone"), QStringLiteral("070-174 06 42")}};

} // namespace

TEST_CASE("The main contact's name and phone are stored only with consent, in the file and in an import",
          "[watch]") {
    WatchFile watch;
    for (const QString& field : {QStringLiteral("contact_name"), QStringLiteral("contact_phone")}) {
        INFO(field.toStdString());
        QVariantMap values = areaValues(watch.municipality, QStringLiteral("Säbyholm"));
        values.insert(field, withContact.value(field));
        auto refused = tryInsert(watch, WatchRegisters::areas(), values);
        REQUIRE_FALSE(refused.ok());
        CHECK_THAT(refused.message().toStdString(), mentions(WatchRegisters::consentRule()));
    }
    CHECK(rowCount(watch.repository, QStringLiteral("watch_areas")) == 1);
    const Record consented =
        insertRecord(watch.repository, WatchRegisters::areas(),
                     merged(areaValues(watch.municipality, QStringLiteral("Säbyholm")), withContact));
    CHECK(findRecord(watch.repository, WatchRegisters::areas(), consented.uuid)
              ->value(QStringLiteral("contact_name")) == QStringLiteral("Karin Exempelsson"));

    // An export edited elsewhere to drop the consent but keep the name is refused whole.
    QJsonObject root = QJsonDocument::fromJson(TestFile::exportOf(*watch.document)).object();
    QJsonArray areas = root.value(QStringLiteral("watch_areas")).toArray();
    for (qsizetype i = 0; i < areas.size(); ++i) {
        QJsonObject area = areas.at(i).toObject();
        if (area.value(QStringLiteral("uuid")).toString() == consented.uuid)
            area.insert(QStringLiteral("contact_consent"), false);
        areas.replace(i, area);
    }
    root.insert(QStringLiteral("watch_areas"), areas);
    const QString before = contentOf(*watch.document);
    auto imported = JsonImporter::import(watch.repository, QJsonDocument(root).toJson());
    REQUIRE_FALSE(imported.ok());
    CHECK_THAT(imported.message().toStdString(), mentions(QStringLiteral("consent")));
    CHECK(contentOf(*watch.document) == before);
}

TEST_CASE("Withdrawing consent together with erasing the contact is one undoable change", "[watch]") {
    WatchFile watch;
    const Record area =
        insertRecord(watch.repository, WatchRegisters::areas(),
                     merged(areaValues(watch.municipality, QStringLiteral("Säbyholm")), withContact));
    REQUIRE_FALSE(
        watch.document
            ->update(WatchRegisters::areas(), area.uuid, {{QStringLiteral("contact_consent"), false}})
            .ok());
    REQUIRE(watch.document
                ->update(WatchRegisters::areas(), area.uuid,
                         {{QStringLiteral("contact_consent"), false},
                          {QStringLiteral("contact_name"), QVariant()},
                          {QStringLiteral("contact_phone"), QVariant()}})
                .ok());
    const auto erased = findRecord(watch.repository, WatchRegisters::areas(), area.uuid);
    CHECK_FALSE(erased->value(QStringLiteral("contact_name")).isValid());
    CHECK_FALSE(erased->value(QStringLiteral("contact_phone")).isValid());
    watch.document->undoStack()->undo();
    CHECK(findRecord(watch.repository, WatchRegisters::areas(), area.uuid)
              ->value(QStringLiteral("contact_phone")) == QStringLiteral("070-174 06 42"));
}

TEST_CASE("An area's households, status and dates are checked", "[watch]") {
    WatchFile watch;
    auto tooMany = tryInsert(
        watch, WatchRegisters::areas(),
        areaValues(watch.municipality, QStringLiteral("Nyckelby"), QStringLiteral("radhus"), 40, 41));
    REQUIRE_FALSE(tooMany.ok());
    CHECK_THAT(tooMany.message().toStdString(), mentions(QStringLiteral("Households joined")));

    auto dormantWithoutDate = tryInsert(watch, WatchRegisters::areas(),
                                        merged(areaValues(watch.municipality, QStringLiteral("Skogsängen")),
                                               {{QStringLiteral("status"), QStringLiteral("vilande")}}));
    REQUIRE_FALSE(dormantWithoutDate.ok());
    CHECK_THAT(dormantWithoutDate.message().toStdString(),
               mentions(QStringLiteral("Dormant or ended since")));

    auto activeWithEnd = tryInsert(watch, WatchRegisters::areas(),
                                   merged(areaValues(watch.municipality, QStringLiteral("Skogsängen")),
                                          {{QStringLiteral("ended_on"), QDate(2022, 5, 1)}}));
    REQUIRE_FALSE(activeWithEnd.ok());

    auto endedBeforeStart = tryInsert(watch, WatchRegisters::areas(),
                                      merged(areaValues(watch.municipality, QStringLiteral("Skogsängen")),
                                             {{QStringLiteral("status"), QStringLiteral("avslutad")},
                                              {QStringLiteral("ended_on"), QDate(2018, 1, 1)}}));
    REQUIRE_FALSE(endedBeforeStart.ok());
    CHECK(rowCount(watch.repository, QStringLiteral("watch_areas")) == 1);

    insertRecord(watch.repository, WatchRegisters::areas(),
                 merged(areaValues(watch.municipality, QStringLiteral("Skogsängen")),
                        {{QStringLiteral("status"), QStringLiteral("vilande")},
                         {QStringLiteral("ended_on"), QDate(2022, 5, 1)}}));
    CHECK(rowCount(watch.repository, QStringLiteral("watch_areas")) == 2);
}

TEST_CASE("Every free text of neighbourhood watch and the indicators refuses a personal identity number",
          "[watch][indicators]") {
    WatchFile watch;
    const int checked = checkGuardOnFreeText(
        watch.repository,
        {{&WatchRegisters::areas(),
          merged(areaValues(watch.municipality, QStringLiteral("Ny")), withContact)},
         {&WatchRegisters::events(), eventValues(watch.area.id, QDate(2021, 3, 14))},
         {&IndicatorRegisters::indicators(), sampleIndicator(watch.municipality, QStringLiteral("Ny"))},
         {&IndicatorRegisters::values(), valueOf(watch.indicator.id, 2021, 0, 61)}});
    CHECK(checked == 10); // 4 of an area, 2 of an event, 3 of an indicator, 1 of a value
}

TEST_CASE("A target counts only the events of the kind it names", "[watch][progress]") {
    WatchFile watch;
    for (const auto& [day, kind] :
         {std::pair{QDate(2021, 3, 14), "utbildning"}, std::pair{QDate(2021, 9, 14), "utbildning"},
          std::pair{QDate(2021, 4, 2), "nyhetsbrev"}, std::pair{QDate(2022, 3, 10), "utbildning"},
          std::pair{QDate(2023, 3, 10), "utbildning"}}) {
        QVariantMap values = eventValues(watch.area.id, day, QString::fromLatin1(kind));
        if (day.year() < 2023)
            values.insert(QStringLiteral("promise_id"), watch.watchPromise);
        insertRecord(watch.repository, WatchRegisters::events(), values);
    }
    const Record target = insertRecord(watch.repository, PromiseRegisters::targets(),
                                       {{QStringLiteral("promise_id"), watch.watchPromise},
                                        {QStringLiteral("counted"), QStringLiteral("Utbildningar")},
                                        {QStringLiteral("quantity"), 4},
                                        {QStringLiteral("per"), QStringLiteral("ar")},
                                        {QStringLiteral("source"), QStringLiteral("watch_events")},
                                        {QStringLiteral("only_kind"), QStringLiteral("utbildning")}});
    auto progress = TargetProgress::of(watch.repository, target);
    REQUIRE(progress.ok());
    REQUIRE(progress->slices.size() == 2);
    CHECK(progress->slices.at(0).done == 2); // the newsletter is not a training
    CHECK(progress->slices.at(1).done == 1);
    CHECK(progress->goal() == 8);
    CHECK_THAT(TargetProgress::summary(*progress).toStdString(), mentions(QStringLiteral("only: training")));

    auto wrongSource =
        watch.repository.insert(PromiseRegisters::targets(),
                                recordOf({{QStringLiteral("promise_id"), watch.watchPromise},
                                          {QStringLiteral("counted"), QStringLiteral("Kontroller")},
                                          {QStringLiteral("quantity"), 4},
                                          {QStringLiteral("per"), QStringLiteral("ar")},
                                          {QStringLiteral("source"), QStringLiteral("visits")},
                                          {QStringLiteral("only_kind"), QStringLiteral("utbildning")}}),
                                Repository::Stamp::Now);
    REQUIRE_FALSE(wrongSource.ok());
    CHECK_THAT(wrongSource.message().toStdString(), mentions(QStringLiteral("neighbourhood-watch events")));
}

TEST_CASE("Neighbourhood-watch and indicator records go out and come back through an export unchanged",
          "[watch][indicators][export][import]") {
    WatchFile watch;
    insertRecord(watch.repository, WatchRegisters::areas(),
                 merged(areaValues(watch.municipality, QStringLiteral("Säbyholm")), withContact));
    insertRecord(
        watch.repository, WatchRegisters::events(),
        eventValues(watch.area.id, QDate(2021, 3, 14), QStringLiteral("utbildning"), watch.watchPromise));
    insertRecord(watch.repository, IndicatorRegisters::values(), valueOf(watch.indicator.id, 2021, 0, 61.5));
    insertRecord(watch.repository, IndicatorRegisters::values(), valueOf(watch.indicator.id, 2022, 3, 12.25));
    const QByteArray exported = TestFile::exportOf(*watch.document);
    const QJsonObject root = QJsonDocument::fromJson(exported).object();
    for (const QString& table : {QStringLiteral("watch_areas"), QStringLiteral("watch_events"),
                                 QStringLiteral("indicators"), QStringLiteral("indicator_values")})
        CHECK_FALSE(root.value(table).toArray().isEmpty());
    // A decimal goes out as a JSON number.
    bool found = false;
    for (const QJsonValue& row : root.value(QStringLiteral("indicator_values")).toArray()) {
        if (row.toObject().value(QStringLiteral("value")).toVariant().toReal() == 12.25)
            found = row.toObject().value(QStringLiteral("value")).isDouble();
    }
    CHECK(found);

    TestFile other;
    auto copy = other.open();
    auto imported = JsonImporter::import(copy->repository(), exported);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(TestFile::exportOf(*copy) == exported);
}

TEST_CASE("Deleting an area takes its events along, and undo brings them back", "[watch]") {
    WatchFile watch;
    insertRecord(watch.repository, WatchRegisters::events(), eventValues(watch.area.id, QDate(2021, 3, 14)));
    insertRecord(watch.repository, WatchRegisters::events(),
                 eventValues(watch.area.id, QDate(2021, 5, 10), QStringLiteral("arsmote")));
    const QString before = contentOf(*watch.document);
    REQUIRE(watch.document->remove(WatchRegisters::areas(), watch.area.uuid).ok());
    CHECK(rowCount(watch.repository, QStringLiteral("watch_events")) == 0);
    watch.document->undoStack()->undo();
    CHECK(contentOf(*watch.document) == before);
}
