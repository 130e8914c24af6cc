#include "demo/tobaccodemo.h"

#include "common/isodate.h"
#include "demo/demonames.h"
#include "demo/demowriter.h"
#include "privacy/personalnumber.h"
#include "promises/promiseregisters.h"
#include "tobacco/tobaccoregisters.h"

#include <QDate>
#include <QRandomGenerator>

#include <functional>

namespace lk {

namespace {

struct DemoRetailer {
    const char* name;
    const char* address;
    bool folkol;
    bool ecigarettes;
    QDate closed = {}; // closed down on this day
};

// Invented shops, named the way a municipality's tobacco sellers are.
const QList<DemoRetailer> demoRetailers{
    {"Pressbyrån Rönninge station", "Stationsvägen 2, Rönninge", false, true},
    {"Livs i Salems centrum", "Salems centrum 5", true, true},
    {"Rönninge Närbutik", "Rönninge centrum 3", true, false},
    {"Tobak & Lotto Salem", "Salems centrum 9", false, true},
    {"Macken vid Salemsvägen", "Salemsvägen 140", true, true},
    {"Kiosken vid Söderby", "Söderbyvägen 12, Salem", false, false, QDate(2022, 6, 30)},
    {"Stormarknaden Salem", "Industrivägen 1, Salem", true, true},
};

// A company's organisation number (third digit 2 or more) with its check digit.
QString organisationNumber(int index) {
    const QString nine = QStringLiteral("55%1").arg(6301240 + index * 1311, 7, 10, QLatin1Char('0'));
    return nine.left(6) + u'-' + nine.mid(6) + QString::number(PersonalNumber::checkDigit(nine));
}

struct Shop {
    QString name;
    QString address;
    bool folkol;
    bool ecigarettes;
    QDate closed;
};

// The sample's shops, then for a larger municipality invented ones the way such shops are named.
QList<Shop> shopsFor(const DemoScope& scope) {
    static const QList<const char*> kinds{"Pressbyrån %1",    "Livs i %1",     "%1 Närbutik",
                                          "Tobak & Lotto %1", "Macken vid %1", "Kiosken i %1",
                                          "Stormarknaden %1"};
    QList<Shop> shops;
    for (int i = 0; i < scope.scaled(demoRetailers.size()); ++i) {
        if (i < demoRetailers.size()) {
            const DemoRetailer& shop = demoRetailers.at(i);
            shops.append({scope.local(shop.name), scope.local(shop.address), shop.folkol, shop.ecigarettes,
                          shop.closed.isValid() ? scope.shifted(shop.closed) : QDate()});
            continue;
        }
        const QString stem = DemoNames::stem(i - int(demoRetailers.size()));
        shops.append({QString::fromUtf8(kinds.at(i % kinds.size())).arg(stem),
                      QStringLiteral("%1vägen %2, %3").arg(stem).arg(1 + i % 30).arg(scope.town), i % 3 != 0,
                      i % 4 != 1, i % 9 == 5 ? scope.shifted(QDate(2022, 3, 31)).addDays(-7 * i) : QDate()});
    }
    return shops;
}

class Filler {
public:
    Filler(const Repository& repository, const DemoScope& scope, qint64 promiseId)
        : m_repository(repository)
        , m_scope(scope)
        , m_writer(repository, scope.space)
        , m_municipality(scope.municipalityId)
        , m_promise(promiseId)
        , m_random(scope.seeded(20210301)) {}

    // The municipality's shops, made in its first period; one closed before this period is not visited.
    Status retailers() {
        auto existing = m_repository.listOfMunicipality(TobaccoRegisters::retailers(), m_municipality);
        if (!existing)
            return existing.error();
        for (const Record& retailer : std::as_const(*existing)) {
            const bool closed = retailer.value(retailers::status).toString() == QStringLiteral("stangd");
            m_retailers.append({retailer, closed ? m_scope.start().addDays(-1) : QDate()});
        }
        const QList<Shop> shops = m_retailers.isEmpty() ? shopsFor(m_scope) : QList<Shop>();
        // Organisation numbers differ between municipalities, but stay the same for the same one.
        const int numbers = m_scope.isSample() ? 0 : int(m_scope.seed % 60) * 45;
        for (int i = 0; i < shops.size(); ++i) {
            const Shop& shop = shops.at(i);
            QVariantMap values{{retailers::municipalityId, m_municipality},
                               {retailers::name, shop.name},
                               {retailers::orgNumber, organisationNumber(numbers + i)},
                               {retailers::address, shop.address},
                               {retailers::hasPermit, true},
                               {retailers::permitNumber, QStringLiteral("%1-%2")
                                                             .arg(m_scope.firstYear - 4 + i % 4)
                                                             .arg(11 + 7 * i, 3, 10, QLatin1Char('0'))},
                               {retailers::permitOn, QDate(m_scope.firstYear - 4 + i % 4, 3 + i % 10, 1)},
                               {retailers::sellsFolkol, shop.folkol},
                               {retailers::sellsEcigarettes, shop.ecigarettes},
                               {retailers::sellsNicotine, true},
                               {retailers::status,
                                shop.closed.isValid() ? QStringLiteral("stangd") : QStringLiteral("aktiv")}};
            auto added = m_writer.add(
                TobaccoRegisters::retailers(), shop.name,
                shop.closed.isValid() ? shop.closed : m_scope.shifted(QDate(2021, 1, 5)), values);
            if (!added)
                return added.error();
            m_retailers.append({*added, shop.closed});
        }
        auto points = m_repository.list(TobaccoRegisters::checklistPoints());
        if (!points)
            return points.error();
        m_points = *points;
        return {};
    }

    // Each open shop once a year, in the spring; every other one together with the police. A deficiency in
    // the own-control programme gives a remark, two deficiencies an injunction and a follow-up within two
    // months.
    Status inspections() {
        for (int year : {m_scope.firstYear, m_scope.lastYear()}) {
            for (int i = 0; i < m_retailers.size(); ++i) {
                const auto& [retailer, closed] = m_retailers.at(i);
                // Spread over March, April and May, however many shops there are.
                const QDate day = QDate(year, 3, 1).addDays((9 * i) % 90 + int(m_random.bounded(6)));
                if (closed.isValid() && day > closed)
                    continue;
                QStringList deficiencies;
                for (const Record& point : std::as_const(m_points)) {
                    if (m_random.bounded(14) == 0)
                        deficiencies << point.uuid;
                }
                const QString decision = deficiencies.size() >= 2   ? QStringLiteral("forelaggande")
                                         : deficiencies.size() == 1 ? QStringLiteral("paminnelse")
                                                                    : QStringLiteral("ingen");
                auto inspection =
                    add(retailer, day, i % 2 ? QStringLiteral("samordnad") : QStringLiteral("ordinarie"),
                        decision, deficiencies);
                if (!inspection)
                    return inspection.error();
                if (decision == QStringLiteral("forelaggande")) {
                    auto followUp = add(retailer, day.addDays(45), QStringLiteral("uppfoljning"),
                                        QStringLiteral("ingen"), {});
                    if (!followUp)
                        return followUp.error();
                }
            }
        }
        return {};
    }

    // Spring and autumn, at the shops still open; about one in five sells without asking for ID, and a
    // dialogue follows within two weeks.
    Status testPurchases() {
        int n = 0;
        for (const QDate& round :
             {m_scope.shifted(QDate(2021, 4, 20)), m_scope.shifted(QDate(2021, 10, 12)),
              m_scope.shifted(QDate(2022, 4, 26)), m_scope.shifted(QDate(2022, 10, 18))}) {
            for (int i = 0; i < m_retailers.size(); ++i) {
                const auto& [retailer, closed] = m_retailers.at(i);
                const QDate day = round.addDays((i / 3) % 20);
                if (closed.isValid() && day > closed)
                    continue;
                const int draw = int(m_random.bounded(12));
                const QString outcome = draw < 2     ? QStringLiteral("salde_utan")
                                        : draw == 11 ? QStringLiteral("nekade")
                                                     : QStringLiteral("fragade_leg");
                QVariantMap values{
                    {testPurchases::retailerId, retailer.id},
                    {testPurchases::promiseId, m_promise},
                    {testPurchases::madeOn, day},
                    {testPurchases::madeAt,
                     QStringLiteral("%1:%2").arg(15 + i % 4).arg(10 * (i % 6), 2, 10, QLatin1Char('0'))},
                    {testPurchases::till, QStringLiteral("Kassa %1").arg(1 + i % 2)},
                    {testPurchases::buyerAge, 18 + int(m_random.bounded(2))},
                    {testPurchases::outcome, outcome},
                    {testPurchases::informedOn, day}};
                if (outcome == QStringLiteral("salde_utan")) {
                    values.insert(testPurchases::dialogueOn, day.addDays(7 + int(m_random.bounded(7))));
                    values.insert(
                        testPurchases::dialogueNote,
                        QStringLiteral("Genomgång av egenkontrollprogrammet med ansvarig; personalen "
                                       "påminns om att alltid fråga efter legitimation."));
                }
                auto added =
                    m_writer.add(TobaccoRegisters::testPurchases(), QString::number(n++), day, values);
                if (!added)
                    return added.error();
            }
        }
        return {};
    }

    // The inspections are made in the spring (March–May), the test purchases in two rounds, in April and
    // October: what is planned by a date follows them.
    Status targets() {
        for (const auto& [counted, quantity, source, months] :
             {std::tuple{"Tillsyner", m_scope.scaled(7), inspections::table, "3,4,5"},
              std::tuple{"Kontrollköp", m_scope.scaled(12), testPurchases::table, "4,10"}}) {
            auto added = m_writer.add(PromiseRegisters::targets(), QString::fromUtf8(counted),
                                      m_scope.shifted(QDate(2020, 12, 15)),
                                      {{targets::promiseId, m_promise},
                                       {targets::counted, QString::fromUtf8(counted)},
                                       {targets::quantity, quantity},
                                       {targets::per, QStringLiteral("ar")},
                                       {targets::months, QString::fromLatin1(months)},
                                       {targets::source, source.toString()}});
            if (!added)
                return added.error();
        }
        return {};
    }

private:
    Result<Record> add(const Record& retailer, const QDate& day, const QString& kind, const QString& decision,
                       const QStringList& deficiencies) {
        QVariantMap values{{inspections::retailerId, retailer.id},
                           {inspections::promiseId, m_promise},
                           {inspections::heldOn, day},
                           {inspections::kind, kind},
                           {inspections::announced, kind == QStringLiteral("uppfoljning")},
                           {inspections::organisations, kind == QStringLiteral("samordnad")
                                                            ? QStringLiteral("Kommunen, Polisen")
                                                            : QStringLiteral("Kommunen")},
                           {inspections::decision, decision}};
        if (!deficiencies.isEmpty()) {
            QStringList titles;
            for (const Record& point : std::as_const(m_points)) {
                if (deficiencies.contains(point.uuid))
                    titles << point.value(checklistPoints::title).toString().toLower();
            }
            values.insert(inspections::findings, QStringLiteral("Brist: %1. Försäljningsstället åtgärdar.")
                                                     .arg(titles.join(QStringLiteral("; "))));
        }
        // An injunction is followed up within two months; a remark is not.
        if (decision == QStringLiteral("forelaggande"))
            values.insert(inspections::followUpOn, day.addDays(60));
        if (decision != QStringLiteral("ingen"))
            values.insert(inspections::decidedOn, day.addDays(14));
        auto inspection =
            m_writer.add(TobaccoRegisters::inspections(), retailer.uuid + isoDate(day), day, values);
        if (!inspection)
            return inspection;
        for (const Record& point : std::as_const(m_points)) {
            const bool deficient = deficiencies.contains(point.uuid);
            QVariantMap result{
                {inspectionResults::inspectionId, inspection->id},
                {inspectionResults::pointId, point.id},
                {inspectionResults::result, deficient ? QStringLiteral("brist") : QStringLiteral("ok")}};
            if (deficient)
                result.insert(inspectionResults::note, QStringLiteral("Se iakttagelser."));
            auto added = m_writer.add(TobaccoRegisters::inspectionResults(), inspection->uuid + point.uuid,
                                      day, result);
            if (!added)
                return added.error();
        }
        return inspection;
    }

    const Repository& m_repository;
    const DemoScope& m_scope;
    DemoWriter m_writer;
    qint64 m_municipality;
    qint64 m_promise;
    QRandomGenerator m_random;
    QList<std::pair<Record, QDate>> m_retailers;
    QList<Record> m_points;
};

} // namespace

Status TobaccoDemo::fill(const Repository& repository, const DemoScope& scope, qint64 promiseId) {
    Filler filler(repository, scope, promiseId);
    return runSteps({
        [&] { return filler.targets(); },
        [&] { return filler.retailers(); },
        [&] { return filler.inspections(); },
        [&] { return filler.testPurchases(); },
    });
}

} // namespace lk
