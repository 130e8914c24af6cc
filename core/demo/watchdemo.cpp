#include "demo/watchdemo.h"

#include "common/isodate.h"
#include "db/sql.h"
#include "demo/demonames.h"
#include "demo/demowriter.h"
#include "indicators/indicatorregisters.h"
#include "promises/promiseregisters.h"
#include "watch/watchregisters.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

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

// An area as the events need it: the sample's description, or one read back from the file.
struct Area {
    QString name;
    QString housing;
    int households = 0;
    int joined = 0;
    int contacts = 0;
    QDate started;
    QDate dormant;
};

Area areaOf(const DemoArea& demo) {
    return {QString::fromUtf8(demo.name),
            QString::fromLatin1(demo.housing),
            demo.households,
            demo.joined,
            demo.contacts,
            demo.started,
            demo.dormant};
}

class Filler {
public:
    Filler(const Repository& repository, const DemoScope& scope, qint64 promiseId)
        : m_repository(repository)
        , m_scope(scope)
        , m_writer(repository, scope.space)
        , m_municipality(scope.municipalityId)
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
                                      m_scope.shifted(QDate(2020, 12, 15)), values);
            if (!added)
                return added.error();
        }
        // The areas that start in the period, counted by their start date: an area is not linked to the
        // promise as an event is, so nothing else needs entering.
        const QString newAreas = QStringLiteral("Nya grannsamverkansområden");
        auto added = m_writer.add(PromiseRegisters::targets(), newAreas, m_scope.shifted(QDate(2020, 12, 15)),
                                  {{targets::promiseId, m_promise},
                                   {targets::counted, newAreas},
                                   {targets::quantity, m_scope.scaled(4)},
                                   {targets::per, QStringLiteral("period")},
                                   {targets::unit, QStringLiteral("områden")},
                                   {targets::source, watchAreas::table.toString()}});
        if (!added)
            return added.error();
        return {};
    }

    // The areas the municipality has, those that started before the period made in its first; then the ones
    // that start in the period (more in a larger municipality).
    Status areas() {
        auto existing = m_repository.listOfMunicipality(WatchRegisters::areas(), m_municipality);
        if (!existing)
            return existing.error();
        QList<Record> found = *existing;
        std::sort(found.begin(), found.end(), [](const Record& a, const Record& b) { return a.id < b.id; });
        for (const Record& record : std::as_const(found)) {
            m_areas.append(
                {record,
                 {record.value(watchAreas::name).toString(), record.value(watchAreas::housing).toString(),
                  record.value(watchAreas::households).toInt(),
                  record.value(watchAreas::householdsJoined).toInt(),
                  record.value(watchAreas::contactPersons).toInt(),
                  record.value(watchAreas::startedOn).toDate(), record.value(watchAreas::endedOn).toDate()}});
        }
        const bool first = m_areas.isEmpty();
        int invented = int(m_areas.size());
        for (int i = 0; i < m_scope.scaled(demoAreas.size()); ++i) {
            Area area = areaOf(demoAreas.at(i % demoAreas.size()));
            const int round = i / int(demoAreas.size());
            area.started = m_scope.shifted(area.started).addDays(-41 * round);
            if (area.dormant.isValid())
                area.dormant = m_scope.shifted(area.dormant).addDays(-41 * round);
            const bool started = area.started >= m_scope.start();
            if (started) // one that starts in the period stays in it
                area.started = std::clamp(area.started, m_scope.start(), m_scope.end());
            if (!started && !first)
                continue;
            // The sample's names in the first period; after it, or in a larger municipality, invented ones.
            if (round > 0 || (started && !first))
                area.name = DemoNames::stem(invented++);
            else
                area.name = m_scope.local(area.name);
            if (Status made = add(area); !made)
                return made;
        }
        return {};
    }

    Status events() {
        for (int year = m_scope.firstYear; year <= m_scope.lastYear(); ++year) {
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
            if (area.started < m_scope.start() || area.started > m_scope.end())
                continue;
            const bool apartments = area.housing == QLatin1String("flerbostadshus");
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

    // The indicators, made in the municipality's first period with the sample's earlier values; each later
    // period adds the values of its own years, a little better each time.
    Status indicators() {
        auto existing = m_repository.listOfMunicipality(IndicatorRegisters::indicators(), m_municipality);
        if (!existing)
            return existing.error();
        for (const DemoIndicator& demo : demoIndicators) {
            const QString name = m_scope.local(demo.name);
            // Counts grow with the municipality; a share does not.
            const double scale = QByteArrayView(demo.source) == "anmalningar" ? m_scope.size : 1.0;
            const auto it = std::find_if(existing->cbegin(), existing->cend(), [&name](const Record& record) {
                return record.value(indicators::name).toString() == name;
            });
            std::optional<Record> indicator;
            if (it != existing->cend())
                indicator = *it;
            if (!indicator) {
                auto made = make(demo, name, scale);
                if (!made)
                    return made.error();
                indicator = *made;
            }
            const bool first = it == existing->cend();
            for (const auto& [sampleYear, quarter, sampleValue] : demo.values) {
                if (!first && sampleYear < DemoScope::sampleYear)
                    continue; // an earlier period has given the years before
                const int year = sampleYear + m_scope.yearShift();
                const double value =
                    m_scope.isSample()
                        ? sampleValue
                        : std::round(sampleValue * scale * (1 - 0.015 * m_scope.yearShift()) * 10) / 10;
                // Published the spring after the year (or the month after the quarter).
                const QDate published =
                    quarter == 0 ? QDate(year + 1, 3, 15) : QDate(year, quarter * 3, 1).addMonths(1);
                auto added = m_writer.add(IndicatorRegisters::values(),
                                          indicator->uuid + IndicatorRegisters::periodLabel(year, quarter),
                                          std::min(published, m_scope.shifted(QDate(2022, 12, 20))),
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
    Status add(const Area& area) {
        QVariantMap values{{watchAreas::municipalityId, m_municipality},
                           {watchAreas::name, area.name},
                           {watchAreas::housing, area.housing},
                           {watchAreas::households, area.households},
                           {watchAreas::householdsJoined, area.joined},
                           {watchAreas::contactPersons, area.contacts},
                           {watchAreas::startedOn, area.started},
                           {watchAreas::signsOn, area.started.addMonths(2)},
                           {watchAreas::channels, QStringLiteral("epost,sms")},
                           {watchAreas::status,
                            area.dormant.isValid() ? QStringLiteral("vilande") : QStringLiteral("aktiv")}};
        if (area.dormant.isValid())
            values.insert(watchAreas::endedOn, area.dormant);
        // The first area's main contact agreed to be named (an invented person, a number kept for
        // fiction).
        if (m_areas.isEmpty()) {
            values.insert(watchAreas::contactConsent, true);
            values.insert(watchAreas::contactName, QStringLiteral("Karin Exempelsson"));
            values.insert(watchAreas::contactPhone, QStringLiteral("070-174 06 42"));
        }
        auto added = m_writer.add(WatchRegisters::areas(), area.name,
                                  std::max(area.started, m_scope.shifted(QDate(2021, 1, 4))), values);
        if (!added)
            return added.error();
        m_areas.append({*added, area});
        return {};
    }

    Result<Record> make(const DemoIndicator& demo, const QString& name, double scale) {
        auto focus = sql::scalar(
            m_repository.database(),
            QStringLiteral("SELECT f.id FROM focus_areas f JOIN periods p ON p.id = f.period_id "
                           "WHERE p.municipality_id = ? AND p.start_date = ? AND f.title LIKE ? || '%'"),
            {m_municipality, isoDate(m_scope.start()), QString::fromUtf8(demo.focusArea)});
        if (!focus)
            return focus.error();
        const auto rounded = [scale](double value) {
            return scale == 1.0 ? value : std::round(value * scale);
        };
        QVariantMap values{{indicators::municipalityId, m_municipality},
                           {indicators::name, name},
                           {indicators::unit, QString::fromUtf8(demo.unit)},
                           {indicators::source, QString::fromLatin1(demo.source)},
                           {indicators::direction, QStringLiteral("lagre")},
                           {indicators::baselineYear, demo.baselineYear + m_scope.yearShift()},
                           {indicators::baselineValue, rounded(demo.baseline)},
                           {indicators::targetYear, demo.targetYear + m_scope.yearShift()},
                           {indicators::targetValue, rounded(demo.target)}};
        if (focus->isValid())
            values.insert(indicators::focusAreaId, focus->toLongLong());
        return m_writer.add(IndicatorRegisters::indicators(), name, m_scope.shifted(QDate(2021, 1, 20)),
                            values);
    }

    static bool activeOn(const Area& area, const QDate& day) {
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
    const DemoScope& m_scope;
    DemoWriter m_writer;
    qint64 m_municipality;
    qint64 m_promise;
    QList<std::pair<Record, Area>> m_areas;
    int m_events = 0;
};

} // namespace

Status WatchDemo::fill(const Repository& repository, const DemoScope& scope, qint64 promiseId) {
    Filler filler(repository, scope, promiseId);
    return runSteps({
        [&] { return filler.targets(); },
        [&] { return filler.areas(); },
        [&] { return filler.events(); },
        [&] { return filler.indicators(); },
    });
}

} // namespace lk
