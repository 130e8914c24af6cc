#include "demo/watchdemo.h"

#include "db/sql.h"
#include "demo/demowriter.h"
#include "indicators/indicatorregisters.h"
#include "promises/promiseregisters.h"
#include "watch/watchregisters.h"

#include <QDate>

#include <functional>

namespace lk {

namespace {

struct DemoArea {
    const char* name;
    const char* housing;
    int households;
    int joined;
    int contacts;
    QDate started;
    QDate dormant = {};
};

const QList<DemoArea> demoAreas{
    {"Rönninge by", "villa", 140, 96, 6, QDate(2015, 4, 20)},
    {"Säbyholm", "villa", 85, 61, 4, QDate(2017, 9, 12)},
    {"Nyckelby radhus", "radhus", 64, 40, 3, QDate(2019, 3, 5)},
    {"Söderby park", "blandat", 210, 88, 5, QDate(2018, 10, 1)},
    {"Salems centrum, Brf Ekdungen", "flerbostadshus", 120, 54, 3, QDate(2022, 2, 15)},
    {"Skogsängen", "villa", 48, 20, 2, QDate(2016, 5, 30), QDate(2022, 5, 1)},
    // New in the period, as the watch promise's target "Nya grannsamverkansområden" counts them.
    {"Ekdalen", "villa", 72, 45, 3, QDate(2021, 4, 12)},
    {"Brf Tallbacken", "flerbostadshus", 96, 38, 2, QDate(2021, 10, 4)},
    {"Prästgårdsängen", "radhus", 58, 31, 2, QDate(2022, 9, 5)},
};

struct DemoIndicator {
    const char* name;
    const char* unit;
    const char* source;
    const char* focusArea; // the start of its title
    int baselineYear;
    double baseline;
    int targetYear;
    double target;
    QList<std::tuple<int, int, double>> values; // year, quarter (0: whole year), value
};

const QList<DemoIndicator> demoIndicators{
    {"Anmälda bostadsinbrott",
     "anmälningar per år",
     "anmalningar",
     "Tryggare hemmiljö",
     2020,
     68,
     2022,
     55,
     {{2018, 0, 74}, {2019, 0, 72}, {2020, 0, 68}, {2021, 0, 61}, {2022, 0, 57}}},
    {"Otrygga ute sent i det egna området",
     "% av de svarande",
     "trygghetsmatning",
     "Tryggheten i kommunens centrum",
     2020,
     31.5,
     2022,
     25,
     {{2019, 0, 33.2}, {2020, 0, 31.5}, {2021, 0, 29.8}, {2022, 0, 27.1}}},
    {"Anmälda brott i Salems centrum",
     "anmälningar per kvartal",
     "anmalningar",
     "Tryggheten i kommunens centrum",
     2020,
     42,
     2022,
     35,
     {{2021, 1, 44},
      {2021, 2, 47},
      {2021, 3, 51},
      {2021, 4, 40},
      {2022, 1, 39},
      {2022, 2, 41},
      {2022, 3, 45},
      {2022, 4, 36}}},
};

class Filler {
public:
    Filler(const Repository& repository, const QUuid& space, qint64 municipalityId, qint64 promiseId)
        : m_repository(repository)
        , m_writer(repository, space)
        , m_municipality(municipalityId)
        , m_promise(promiseId) {}

    // The fire-safety information before Advent, once a year in November or December, comes with the Salem
    // template.
    Status targets() {
        // The trainings are held in spring and autumn (March–April, September–October), never in the summer
        // or at Christmas; newsletters go out over the whole year.
        for (const auto& [counted, quantity, kind, months] :
             {std::tuple{"Utbildningar i grannsamverkan", 4, "utbildning", "3,4,9,10"},
              std::tuple{"Nyhetsbrev till områdena", 6, "nyhetsbrev", ""}}) {
            QVariantMap values{{targets::promiseId, m_promise},
                               {targets::counted, QString::fromUtf8(counted)},
                               {targets::quantity, quantity},
                               {targets::per, QStringLiteral("ar")},
                               {targets::source, watchEvents::table.toString()},
                               {targets::onlyKind, QString::fromLatin1(kind)}};
            if (*months)
                values.insert(targets::months, QString::fromLatin1(months));
            auto added = m_writer.add(PromiseRegisters::targets(), QString::fromUtf8(counted),
                                      QDate(2020, 12, 15), values);
            if (!added)
                return added.error();
        }
        // The areas that start in the period, counted by their start date: an area is not linked to the
        // promise as an event is, so nothing else needs entering.
        const QString newAreas = QStringLiteral("Nya grannsamverkansområden");
        auto added = m_writer.add(PromiseRegisters::targets(), newAreas, QDate(2020, 12, 15),
                                  {{targets::promiseId, m_promise},
                                   {targets::counted, newAreas},
                                   {targets::quantity, 4},
                                   {targets::per, QStringLiteral("period")},
                                   {targets::unit, QStringLiteral("områden")},
                                   {targets::source, watchAreas::table.toString()}});
        if (!added)
            return added.error();
        return {};
    }

    Status areas() {
        for (const DemoArea& area : demoAreas) {
            QVariantMap values{{watchAreas::municipalityId, m_municipality},
                               {watchAreas::name, QString::fromUtf8(area.name)},
                               {watchAreas::housing, QString::fromLatin1(area.housing)},
                               {watchAreas::households, area.households},
                               {watchAreas::householdsJoined, area.joined},
                               {watchAreas::contactPersons, area.contacts},
                               {watchAreas::startedOn, area.started},
                               {watchAreas::signsOn, area.started.addMonths(2)},
                               {watchAreas::channels, QStringLiteral("epost,sms")},
                               {watchAreas::status, area.dormant.isValid() ? QStringLiteral("vilande")
                                                                           : QStringLiteral("aktiv")}};
            if (area.dormant.isValid())
                values.insert(watchAreas::endedOn, area.dormant);
            // The first area's main contact agreed to be named (an invented person, a number kept for
            // fiction).
            if (m_areas.isEmpty()) {
                values.insert(watchAreas::contactConsent, true);
                values.insert(watchAreas::contactName, QStringLiteral("Karin Exempelsson"));
                values.insert(watchAreas::contactPhone, QStringLiteral("070-174 06 42"));
            }
            auto added = m_writer.add(WatchRegisters::areas(), QString::fromUtf8(area.name),
                                      std::max(area.started, QDate(2021, 1, 4)), values);
            if (!added)
                return added.error();
            m_areas.append({*added, area});
        }
        return {};
    }

    Status events() {
        for (int year = 2021; year <= 2022; ++year) {
            // A training in spring and in autumn for two areas each, turn by turn.
            int turn = year * 3;
            for (const int month : {3, 4, 9, 10}) {
                if (Status added = event(areaFor(turn++, QDate(year, month, 14)), QDate(year, month, 14),
                                         QStringLiteral("utbildning"), QStringLiteral("Grundutbildning"), 14);
                    !added)
                    return added;
            }
            // Newsletters five times a year, to every active area.
            for (const int month : {2, 4, 6, 9, 11}) {
                if (Status added = event(areaFor(turn++, QDate(year, month, 2)), QDate(year, month, 2),
                                         QStringLiteral("nyhetsbrev"),
                                         month == 11 ? QStringLiteral("Inbrott under mörka månader")
                                                     : QStringLiteral("Läget i området"),
                                         0);
                    !added)
                    return added;
            }
            // Fire-safety information with the rescue service, once a year, and the annual meetings.
            if (Status added =
                    event(areaFor(turn++, QDate(year, 11, 20)), QDate(year, 11, 20),
                          QStringLiteral("brandskydd"), QStringLiteral("Brandvarnare och utrymning"), 23);
                !added)
                return added;
            for (const auto& [record, area] : std::as_const(m_areas)) {
                const QDate day(year, 5, 10 + int(m_events % 10));
                if (!activeOn(area, day))
                    continue;
                if (Status added =
                        event(record, day, QStringLiteral("arsmote"), QString(), area.contacts * 3);
                    !added)
                    return added;
            }
        }
        // Each area that started in the period held its start-up meeting on the day.
        for (const auto& [record, area] : std::as_const(m_areas)) {
            if (area.started < QDate(2021, 1, 1))
                continue;
            const bool apartments = QLatin1String(area.housing) == QLatin1String("flerbostadshus");
            if (Status added =
                    event(record, area.started, QStringLiteral("uppstartsmote"),
                          apartments ? QStringLiteral("Så fungerar grannsamverkan i flerbostadshus")
                                     : QStringLiteral("Så fungerar grannsamverkan"),
                          area.joined / 2 + 4);
                !added)
                return added;
        }
        return {};
    }

    Status indicators() {
        for (const DemoIndicator& demo : demoIndicators) {
            auto focus = sql::scalar(m_repository.database(),
                                     QStringLiteral("SELECT id FROM focus_areas WHERE title LIKE ? || '%'"),
                                     {QString::fromUtf8(demo.focusArea)});
            if (!focus)
                return focus.error();
            QVariantMap values{{indicators::municipalityId, m_municipality},
                               {indicators::name, QString::fromUtf8(demo.name)},
                               {indicators::unit, QString::fromUtf8(demo.unit)},
                               {indicators::source, QString::fromLatin1(demo.source)},
                               {indicators::direction, QStringLiteral("lagre")},
                               {indicators::baselineYear, demo.baselineYear},
                               {indicators::baselineValue, demo.baseline},
                               {indicators::targetYear, demo.targetYear},
                               {indicators::targetValue, demo.target}};
            if (focus->isValid())
                values.insert(indicators::focusAreaId, focus->toLongLong());
            auto indicator = m_writer.add(IndicatorRegisters::indicators(), QString::fromUtf8(demo.name),
                                          QDate(2021, 1, 20), values);
            if (!indicator)
                return indicator.error();
            for (const auto& [year, quarter, value] : demo.values) {
                // Published the spring after the year (or the month after the quarter).
                const QDate published =
                    quarter == 0 ? QDate(year + 1, 3, 15) : QDate(year, quarter * 3, 1).addMonths(1);
                auto added = m_writer.add(IndicatorRegisters::values(),
                                          indicator->uuid + IndicatorRegisters::periodLabel(year, quarter),
                                          std::min(published, QDate(2022, 12, 20)),
                                          {{indicatorValues::indicatorId, indicator->id},
                                           {indicatorValues::year, year},
                                           {indicatorValues::quarter, QString::number(quarter)},
                                           {indicatorValues::value, value}});
                if (!added)
                    return added.error();
            }
        }
        return {};
    }

private:
    static bool activeOn(const DemoArea& area, const QDate& day) {
        return area.started <= day && (!area.dormant.isValid() || area.dormant > day);
    }

    // The next area, counting from `turn`, that is active on `day`.
    const Record& areaFor(int turn, const QDate& day) const {
        for (int step = 0; step < m_areas.size(); ++step) {
            const auto& [record, area] = m_areas.at((turn + step) % m_areas.size());
            if (activeOn(area, day))
                return record;
        }
        return m_areas.first().first;
    }

    Status event(const Record& area, const QDate& day, const QString& kind, const QString& topic,
                 int participants) {
        QVariantMap values{{watchEvents::areaId, area.id},
                           {watchEvents::heldOn, day},
                           {watchEvents::kind, kind},
                           {watchEvents::promiseId, m_promise}};
        if (!topic.isEmpty())
            values.insert(watchEvents::topic, topic);
        if (participants > 0)
            values.insert(watchEvents::participants, participants);
        auto added = m_writer.add(WatchRegisters::events(), QString::number(m_events++), day, values);
        if (!added)
            return added.error();
        return {};
    }

    const Repository& m_repository;
    DemoWriter m_writer;
    qint64 m_municipality;
    qint64 m_promise;
    QList<std::pair<Record, DemoArea>> m_areas;
    int m_events = 0;
};

} // namespace

Status WatchDemo::fill(const Repository& repository, const QUuid& space, qint64 municipalityId,
                       qint64 promiseId) {
    Filler filler(repository, space, municipalityId, promiseId);
    return runSteps({
        [&] { return filler.targets(); },
        [&] { return filler.areas(); },
        [&] { return filler.events(); },
        [&] { return filler.indicators(); },
    });
}

} // namespace lk
