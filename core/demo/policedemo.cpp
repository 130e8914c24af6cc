#include "demo/policedemo.h"

#include "common/isodate.h"
#include "demo/demonames.h"
#include "demo/demowriter.h"
#include "police/policeregisters.h"
#include "promises/promiseregisters.h"

#include <QDate>
#include <QRandomGenerator>

#include <cmath>
#include <functional>

namespace lk {

namespace {

struct DemoUnit {
    const char* name;
    const char* kind;
    const char* address;
};

struct Unit {
    QString name;
    QString kind;
    QString address;
};

// Invented units, named the way a municipality's schools and centres are.
const QList<DemoUnit> demoUnits{
    {"Centrumskolan 7–9", "skola", "Skolvägen 4, Salem"},
    {"Rönningeskolan", "skola", "Rönninge allé 12, Rönninge"},
    {"Söderby F–6", "skola", "Söderbyvägen 30, Salem"},
    {"Fritidsgården Ungdomens hus", "fritidsgard", "Salems centrum, plan 2"},
    {"Fritidsgården Rönninge", "fritidsgard", "Rönninge centrum"},
    {"Socialtjänstens ungdomsenhet", "socialtjanst", "Kommunhuset, Salem"},
};

// The sample's units of each kind first, then invented ones for a larger municipality: three schools, two
// leisure centres and one social services unit for a municipality of Salem's size.
QList<Unit> unitsFor(const DemoScope& scope) {
    QList<Unit> wanted;
    int invented = 0;
    for (const auto& [kind, count] :
         {std::pair{"skola", 3}, std::pair{"fritidsgard", 2}, std::pair{"socialtjanst", 1}}) {
        int made = 0;
        for (const DemoUnit& unit : demoUnits) {
            if (made < scope.scaled(count) && QByteArrayView(unit.kind) == QByteArrayView(kind)) {
                wanted.append({scope.local(unit.name), QString::fromLatin1(kind), scope.local(unit.address)});
                ++made;
            }
        }
        for (; made < scope.scaled(count); ++made, ++invented) {
            const QString stem = DemoNames::stem(invented);
            const QString name = QByteArrayView(kind) == "skola" ? stem + QStringLiteral("skolan")
                                 : QByteArrayView(kind) == "fritidsgard"
                                     ? QStringLiteral("Fritidsgården ") + stem
                                     : QStringLiteral("Socialtjänsten ") + stem;
            wanted.append(
                {name, QString::fromLatin1(kind),
                 QStringLiteral("%1vägen %2, %3").arg(stem).arg(2 + invented % 40).arg(scope.town)});
        }
    }
    return wanted;
}

const QStringList visitTopics{
    QStringLiteral("Narkotika och grupptryck"), QStringLiteral("Polisens arbete i kommunen"),
    QStringLiteral("Lägesbild inför helgen"),   QStringLiteral("Sociala medier och hot"),
    QStringLiteral("Inför skolavslutningen"),   QStringLiteral("Tecken på droganvändning"),
};

const QStringList drugPlaces{
    QStringLiteral("Salems centrum"),
    QStringLiteral("Rönninge centrum"),
    QStringLiteral("Rönninge pendeltågsstation"),
    QStringLiteral("Skolgården vid Centrumskolan"),
};

const QStringList trafficPlaces{
    QStringLiteral("Södertäljevägen, infarten till Salem"),
    QStringLiteral("Rönningevägen vid stationen"),
    QStringLiteral("Skolvägen vid Centrumskolan"),
    QStringLiteral("Salemsvägen mot Tumba"),
};

struct DemoInformation {
    const char* channel;
    const char* topic;
    const char* responsible;
    int reach;
};

const QList<DemoInformation> information{
    {"sociala_medier", "Tecken på att en ung person använder narkotika", "polisen", 2400},
    {"nyhetsbrev", "Information till vårdnadshavare inför sommarlovet", "kommunen", 3100},
    {"mote", "Föräldramöte om narkotika i årskurs 8", "samverkan", 85},
    {"press", "Lokaltidningen om polisens riktade insatser", "polisen", 6000},
    {"skola", "Lektion om cannabis för årskurs 9", "samverkan", 140},
    {"sociala_medier", "Var finns stöd för den som är orolig?", "kommunen", 1800},
};

// The focus of a traffic control: mostly speed near schools, drink and drug driving on weekend nights.
QStringList focusOf(QRandomGenerator& random) {
    static const QList<QStringList> choices{
        {QStringLiteral("hastighet")},
        {QStringLiteral("rattfylleri"), QStringLiteral("drograttfylleri")},
        {QStringLiteral("livsstilskriminella"), QStringLiteral("drograttfylleri")},
        {QStringLiteral("hastighet"), QStringLiteral("annat")},
        {QStringLiteral("rattfylleri")},
    };
    return choices.at(int(random.bounded(choices.size())));
}

class Filler {
public:
    Filler(const Repository& repository, const DemoScope& scope)
        : m_repository(repository)
        , m_scope(scope)
        , m_writer(repository, scope.space)
        , m_municipality(scope.municipalityId)
        , m_random(scope.seeded(20210201)) {}

    // The units the municipality has, made in its first period.
    Status units() {
        auto existing = m_repository.listOfMunicipality(PoliceRegisters::units(), m_municipality);
        if (!existing)
            return existing.error();
        m_units = *existing;
        if (!m_units.isEmpty())
            return {};
        for (const Unit& unit : unitsFor(m_scope)) {
            auto added = m_writer.add(PoliceRegisters::units(), unit.name, m_scope.shifted(QDate(2021, 1, 4)),
                                      {{units::municipalityId, m_municipality},
                                       {units::name, unit.name},
                                       {units::kind, unit.kind},
                                       {units::address, unit.address}});
            if (!added)
                return added.error();
            m_units.append(*added);
        }
        return {};
    }

    // Each school about three times a term, the leisure centres monthly, social services every other month;
    // none in the summer holidays.
    Status visits(qint64 promise) {
        for (const Record& unit : std::as_const(m_units)) {
            const QString kind = unit.value(units::kind).toString();
            const int every = kind == QStringLiteral("skola")         ? 6
                              : kind == QStringLiteral("fritidsgard") ? 4
                                                                      : 8;
            for (QDate day = m_scope.shifted(QDate(2021, 1, 18)).addDays(int(m_random.bounded(10)));
                 day.year() <= m_scope.lastYear();
                 day = day.addDays(7 * every - 3 + int(m_random.bounded(7)))) {
                const bool school = kind == QStringLiteral("skola");
                // No visits in the summer holiday; schools only in the months their target plans visits in
                // (January–May, September–December), not in the busy weeks at the end and start of a term.
                const QDate weekday = day.dayOfWeek() > 5 ? day.addDays(8 - day.dayOfWeek()) : day;
                if (day.month() == 7 || (day.month() == 6 && day.day() > 15) ||
                    (day.month() == 8 && day.day() < 15) ||
                    (school && weekday.month() >= 6 && weekday.month() <= 8))
                    continue;
                const bool lecture = school && m_random.bounded(3) == 0;
                QVariantMap values{
                    {visits::municipalityId, m_municipality},
                    {visits::unitId, unit.id},
                    {visits::promiseId, promise},
                    {visits::visitedOn, weekday},
                    {visits::purpose, lecture                   ? QStringLiteral("forelasning")
                                      : school                  ? QStringLiteral("forebyggande")
                                      : kind == u"socialtjanst" ? QStringLiteral("samverkansmote")
                                                                : QStringLiteral("kontakt")},
                    // The seed asks for preventive efforts at the school's initiative.
                    {visits::initiatedBy, school && m_random.bounded(3) != 0 ? QStringLiteral("skolan")
                                                                             : QStringLiteral("polisen")},
                    {visits::staff, 1 + int(m_random.bounded(4))},
                    {visits::topic,
                     m_scope.local(visitTopics.at(int(m_random.bounded(visitTopics.size()))))}};
                if (school)
                    values.insert(visits::pupils,
                                  lecture ? 60 + int(m_random.bounded(90)) : 10 + int(m_random.bounded(30)));
                auto added =
                    m_writer.add(PoliceRegisters::visits(), unit.uuid + isoDate(weekday), weekday, values);
                if (!added)
                    return added.error();
            }
        }
        return {};
    }

    // A targeted operation most months, on a Friday or Saturday evening; more in a larger municipality.
    Status drugOperations(qint64 promise) {
        for (QDate month = m_scope.start(); month.year() <= m_scope.lastYear(); month = month.addMonths(1)) {
            const int count =
                m_scope.scaled(month.month() == 6 || month.month() == 12 ? 2 : int(m_random.bounded(2)) + 1);
            for (int n = 0; n < count; ++n) {
                QDate day = month.addDays(int(m_random.bounded(month.daysInMonth())));
                while (day.dayOfWeek() != Qt::Friday && day.dayOfWeek() != Qt::Saturday)
                    day = day.addDays(-1);
                if (day < month)
                    day = day.addDays(7);
                const int checked = 4 + int(m_random.bounded(18));
                QVariantMap values{{drugOperations::municipalityId, m_municipality},
                                   {drugOperations::promiseId, promise},
                                   {drugOperations::heldOn, day},
                                   {drugOperations::place,
                                    m_scope.local(drugPlaces.at(int(m_random.bounded(drugPlaces.size()))))},
                                   {drugOperations::hours, 3 + int(m_random.bounded(4))},
                                   {drugOperations::personsChecked, checked},
                                   {drugOperations::reportsOwnUse, int(m_random.bounded(checked / 3 + 1))},
                                   {drugOperations::reportsSale, m_random.bounded(5) == 0 ? 1 : 0},
                                   {drugOperations::reportsOther, int(m_random.bounded(2))}};
                if (m_random.bounded(3) == 0)
                    values.insert(drugOperations::seizures,
                                  QStringLiteral("%1 g cannabis").arg(2 + m_random.bounded(30)));
                auto added = m_writer.add(PoliceRegisters::drugOperations(),
                                          isoDate(day) + QString::number(n), day, values);
                if (!added)
                    return added.error();
            }
        }
        return {};
    }

    // About four controls a month, fewer in the holidays; more often in a larger municipality.
    Status trafficControls(qint64 promise) {
        for (QDate day = m_scope.shifted(QDate(2021, 1, 8)); day.year() <= m_scope.lastYear();
             day =
                 day.addDays(std::max(1, int(std::lround((5 + int(m_random.bounded(6))) / m_scope.size))))) {
            if (day.month() == 7 && m_random.bounded(2) == 0)
                continue;
            const QStringList focus = focusOf(m_random);
            const bool alcohol = focus.contains(QStringLiteral("rattfylleri"));
            const int vehicles = 20 + int(m_random.bounded(120));
            auto added =
                m_writer.add(PoliceRegisters::trafficControls(), isoDate(day), day,
                             {{trafficControls::municipalityId, m_municipality},
                              {trafficControls::promiseId, promise},
                              {trafficControls::heldOn, day},
                              {trafficControls::place,
                               m_scope.local(trafficPlaces.at(int(m_random.bounded(trafficPlaces.size()))))},
                              {trafficControls::minutes, 60 + 30 * int(m_random.bounded(5))},
                              {trafficControls::focus, focus},
                              {trafficControls::vehiclesChecked, vehicles},
                              {trafficControls::breathTests, alcohol ? vehicles : int(m_random.bounded(10))},
                              {trafficControls::reportsDrunk, alcohol ? int(m_random.bounded(3)) : 0},
                              {trafficControls::reportsDrugs, int(m_random.bounded(2))},
                              {trafficControls::reportsSpeed,
                               focus.contains(QStringLiteral("hastighet")) ? int(m_random.bounded(12)) : 0},
                              {trafficControls::reportsOther, int(m_random.bounded(3))}});
            if (!added)
                return added.error();
        }
        return {};
    }

    Status informationEfforts(qint64 promise) {
        int n = 0;
        for (QDate month = m_scope.shifted(QDate(2021, 2, 1)); month.year() <= m_scope.lastYear();
             month = month.addMonths(2)) {
            const DemoInformation& effort = information.at(n++ % information.size());
            const QDate day = month.addDays(int(m_random.bounded(25)));
            auto added = m_writer.add(
                PoliceRegisters::informationEfforts(), isoDate(day), day,
                {{informationEfforts::municipalityId, m_municipality},
                 {informationEfforts::promiseId, promise},
                 {informationEfforts::heldOn, day},
                 {informationEfforts::channel, QString::fromLatin1(effort.channel)},
                 {informationEfforts::topic, m_scope.local(effort.topic)},
                 {informationEfforts::responsible, QString::fromLatin1(effort.responsible)},
                 {informationEfforts::reach, effort.reach + int(m_random.bounded(effort.reach / 5))}});
            if (!added)
                return added.error();
        }
        return {};
    }

    // The targets that count the activities for their promises.
    Status targets(const PoliceDemo::Promises& promises) {
        struct Target {
            qint64 promise;
            const char* counted;
            int quantity;
            const char* per;
            const char* unit;
            Name source;
            const char* eachUnit;
            const char* months = nullptr; // when in the year the work is done; nullptr: every month
        };
        // Schools are visited in term time (no visits in the summer holiday, which the visits above keep
        // to), and the information efforts are followed up tertial by tertial, as the council's reports are.
        const QList<Target> wanted{
            {promises.drugs, "Besök per skola och termin", 2, "termin", "besök", visits::table, "skola",
             "1,2,3,4,5,9,10,11,12"},
            {promises.drugs, "Riktade insatser mot narkotika", m_scope.scaled(15), "ar", "insatser",
             drugOperations::table, nullptr},
            {promises.information, "Informationsinsatser", 2, "tertial", "insatser",
             informationEfforts::table, nullptr},
            {promises.traffic, "Trafikkontroller", m_scope.scaled(100), "period", "kontroller",
             trafficControls::table, nullptr},
        };
        for (const Target& target : wanted) {
            QVariantMap values{{targets::promiseId, target.promise},
                               {targets::counted, QString::fromUtf8(target.counted)},
                               {targets::quantity, target.quantity},
                               {targets::per, QString::fromLatin1(target.per)},
                               {targets::unit, QString::fromUtf8(target.unit)},
                               {targets::source, target.source.toString()}};
            if (target.eachUnit)
                values.insert(targets::eachUnit, QString::fromLatin1(target.eachUnit));
            if (target.months)
                values.insert(targets::months, QString::fromLatin1(target.months));
            auto added = m_writer.add(PromiseRegisters::targets(), QString::fromUtf8(target.counted),
                                      m_scope.shifted(QDate(2020, 12, 15)), values);
            if (!added)
                return added.error();
        }
        return {};
    }

private:
    const Repository& m_repository;
    const DemoScope& m_scope;
    DemoWriter m_writer;
    qint64 m_municipality;
    QRandomGenerator m_random;
    QList<Record> m_units;
};

} // namespace

Status PoliceDemo::fill(const Repository& repository, const DemoScope& scope, const Promises& promises) {
    Filler filler(repository, scope);
    return runSteps({
        [&] { return filler.targets(promises); },
        [&] { return filler.units(); },
        [&] { return filler.visits(promises.drugs); },
        [&] { return filler.drugOperations(promises.drugs); },
        [&] { return filler.trafficControls(promises.traffic); },
        [&] { return filler.informationEfforts(promises.information); },
    });
}

} // namespace lk
