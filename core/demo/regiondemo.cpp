#include "demo/regiondemo.h"

#include "db/sql.h"
#include "db/transaction.h"
#include "demo/demoperiod.h"
#include "demo/demoscope.h"
#include "io/jsonimporter.h"
#include "io/templates.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace lk {

namespace {

// Fixed, so that two region files share their UUIDs.
const QUuid regionNamespace = QUuid::fromString(QStringLiteral("{7c1e4b52-93a8-4f0d-b6e2-5d8a1f3c9e07}"));

constexpr int firstYear = 2017;
constexpr int periodCount = 5;
// The day the region's file stands on, near the end of its last period.
const QDate regionToday(2026, 11, 30);

struct Municipality {
    const char* name;
    const char* town;    // the main centre, for the sample's Salem
    const char* village; // the second, for Rönninge
    int policeArea;      // in policeAreas()
    // Against Salem (17,500 inhabitants): its population to the power 0.9, so that a municipality six times
    // larger has about five times the schools, shops and cases; Stockholm is held to eight.
    double size;
    const char* site;
};

// The smallest first, so that a small extent stays small.
const QList<Municipality> region{
    {"Salems kommun", "Salem", "Rönninge", 0, 1.0, "salem.se"},
    {"Nykvarns kommun", "Nykvarn", "Turinge", 0, 0.7, "nykvarn.se"},
    {"Vaxholms stad", "Vaxholm", "Rindö", 1, 0.7, "vaxholm.se"},
    {"Ekerö kommun", "Ekerö", "Stenhamra", 0, 1.6, "ekero.se"},
    {"Nynäshamns kommun", "Nynäshamn", "Ösmo", 0, 1.6, "nynashamn.se"},
    {"Upplands-Bro kommun", "Kungsängen", "Bro", 2, 1.6, "upplands-bro.se"},
    {"Danderyds kommun", "Djursholm", "Enebyberg", 1, 1.8, "danderyd.se"},
    {"Vallentuna kommun", "Vallentuna", "Lindholmen", 1, 1.9, "vallentuna.se"},
    {"Värmdö kommun", "Gustavsberg", "Hemmesta", 2, 2.4, "varmdo.se"},
    {"Tyresö kommun", "Tyresö", "Trollbäcken", 0, 2.5, "tyreso.se"},
    {"Österåkers kommun", "Åkersberga", "Svinninge", 1, 2.5, "osteraker.se"},
    {"Upplands Väsby kommun", "Väsby", "Runby", 1, 2.5, "upplandsvasby.se"},
    {"Lidingö stad", "Lidingö", "Larsberg", 2, 2.5, "lidingo.se"},
    {"Sigtuna kommun", "Märsta", "Rosersberg", 1, 2.7, "sigtuna.se"},
    {"Sundbybergs stad", "Sundbyberg", "Hallonbergen", 2, 2.8, "sundbyberg.se"},
    {"Norrtälje kommun", "Norrtälje", "Rimbo", 1, 3.2, "norrtalje.se"},
    {"Täby kommun", "Täby", "Gribbylund", 1, 3.7, "taby.se"},
    {"Sollentuna kommun", "Sollentuna", "Rotebro", 1, 3.7, "sollentuna.se"},
    {"Solna stad", "Solna", "Bergshamra", 2, 4.1, "solna.se"},
    {"Järfälla kommun", "Jakobsberg", "Barkarby", 2, 4.1, "jarfalla.se"},
    {"Botkyrka kommun", "Tumba", "Fittja", 0, 4.6, "botkyrka.se"},
    {"Haninge kommun", "Handen", "Jordbro", 0, 4.7, "haninge.se"},
    {"Södertälje kommun", "Södertälje", "Järna", 0, 4.8, "sodertalje.se"},
    {"Nacka kommun", "Nacka", "Saltsjöbaden", 2, 5.1, "nacka.se"},
    {"Huddinge kommun", "Huddinge", "Flemingsberg", 0, 5.4, "huddinge.se"},
    {"Stockholms stad", "Farsta", "Skärholmen", 2, 8.0, "stockholm.se"},
};

QString periodName(int period) {
    return QStringLiteral("%1–%2").arg(firstYear + 2 * period).arg(firstYear + 2 * period + 1);
}

// The municipality `index` in the period `period`: its names, size, seed and UUID namespace.
DemoScope scopeOf(int index, int period, int periods) {
    const Municipality& municipality = region.at(index);
    DemoScope scope;
    const QString name = QString::fromUtf8(municipality.name);
    scope.space = QUuid::createUuidV5(regionNamespace, name + u'/' + periodName(period));
    scope.firstYear = firstYear + 2 * period;
    scope.seed = scope.space.data1 | 1; // never 0, which is the sample's
    scope.size = municipality.size;
    scope.town = QString::fromUtf8(municipality.town);
    scope.village = QString::fromUtf8(municipality.village);
    scope.latestPeriod = period == periods - 1;
    scope.today = regionToday;
    scope.policeArea = RegionDemo::policeAreas().at(municipality.policeArea);
    const QString site = QString::fromLatin1(municipality.site);
    scope.publicContact = QStringLiteral("trygghet@") + site;
    scope.reportUrl = QStringLiteral("https://www.%1/medborgarloften").arg(site);
    return scope;
}

QString municipalityUuid(int index) {
    return QUuid::createUuidV5(regionNamespace, QString::fromUtf8(region.at(index).name))
        .toString(QUuid::WithoutBraces);
}

// The template's text told of the municipality: its own name, its centres, the period's years.
QString told(const DemoScope& scope, const QString& name, const QString& text) {
    QString own = text;
    return scope.local(own.replace(QStringLiteral("Salems kommun"), name));
}

// The Salem template made again for every municipality and period: new UUIDs, the municipality's names, the
// period's dates, and the targets that grow with the municipality (safety walks) sized to it.
Result<QByteArray> regionTemplate(const RegionDemo::Extent& extent) {
    QFile file(QStringLiteral(":/templates/") + Templates::defaultName() + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{file.errorString()};
    const QJsonObject salem = QJsonDocument::fromJson(file.readAll()).object();
    const auto rows = [&salem](const char* table) { return salem.value(QLatin1String(table)).toArray(); };
    QJsonArray municipalities, periods, focusAreas, promises, targets;
    for (int m = 0; m < extent.municipalities; ++m) {
        const QString name = QString::fromUtf8(region.at(m).name);
        QJsonObject municipality = rows("municipalities").first().toObject();
        municipality.insert(QStringLiteral("uuid"), municipalityUuid(m));
        municipality.insert(QStringLiteral("name"), name);
        municipality.insert(QStringLiteral("updated_at"),
                            QStringLiteral("%1-12-15T00:00:00Z").arg(firstYear - 1));
        municipalities.append(municipality);
        for (int p = 0; p < extent.periods; ++p) {
            const DemoScope scope = scopeOf(m, p, extent.periods);
            const auto uuid = [&scope](const QJsonValue& salemUuid) {
                return QUuid::createUuidV5(scope.space, salemUuid.toString()).toString(QUuid::WithoutBraces);
            };
            const QString stamp = QStringLiteral("%1-12-15T00:00:00Z").arg(scope.firstYear - 1);
            const auto retold = [&](QJsonObject row, std::initializer_list<const char*> texts) {
                row.insert(QStringLiteral("uuid"), uuid(row.value(QStringLiteral("uuid"))));
                row.insert(QStringLiteral("updated_at"), stamp);
                for (const char* key : texts) {
                    const QString field = QLatin1String(key);
                    if (row.value(field).isString())
                        row.insert(field, told(scope, name, row.value(field).toString()));
                }
                return row;
            };
            for (const QJsonValue& row : rows("periods")) {
                QJsonObject period = retold(row.toObject(), {});
                period.insert(QStringLiteral("municipality"), municipalityUuid(m));
                period.insert(QStringLiteral("name"), periodName(p));
                period.insert(QStringLiteral("start_date"), scope.start().toString(Qt::ISODate));
                period.insert(QStringLiteral("end_date"), scope.end().toString(Qt::ISODate));
                periods.append(period);
            }
            for (const QJsonValue& row : rows("focus_areas")) {
                QJsonObject area = retold(row.toObject(), {"title", "situation"});
                area.insert(QStringLiteral("period"), uuid(area.value(QStringLiteral("period"))));
                focusAreas.append(area);
            }
            for (const QJsonValue& row : rows("promises")) {
                QJsonObject promise = retold(row.toObject(), {"title", "aim", "text"});
                promise.insert(QStringLiteral("focus_area"),
                               uuid(promise.value(QStringLiteral("focus_area"))));
                promises.append(promise);
            }
            for (const QJsonValue& row : rows("targets")) {
                QJsonObject target = retold(row.toObject(), {"counted"});
                target.insert(QStringLiteral("promise"), uuid(target.value(QStringLiteral("promise"))));
                if (target.value(QStringLiteral("source")).toString() == QStringLiteral("walks"))
                    target.insert(QStringLiteral("quantity"),
                                  scope.scaled(target.value(QStringLiteral("quantity")).toDouble()));
                targets.append(target);
            }
        }
    }
    const QJsonObject made{{QStringLiteral("municipalities"), municipalities},
                           {QStringLiteral("periods"), periods},
                           {QStringLiteral("focus_areas"), focusAreas},
                           {QStringLiteral("promises"), promises},
                           {QStringLiteral("targets"), targets}};
    return QJsonDocument(made).toJson(QJsonDocument::Compact);
}

Result<qint64> municipalityId(const Repository& repository, int index) {
    auto id =
        sql::scalar(repository.database(), QStringLiteral("SELECT id FROM municipalities WHERE uuid = ?"),
                    {municipalityUuid(index)});
    if (!id)
        return id.error();
    return id->toLongLong();
}

} // namespace

QStringList RegionDemo::policeAreas() {
    return {QStringLiteral("Lokalpolisområde Södertälje"), QStringLiteral("Lokalpolisområde Norrort"),
            QStringLiteral("Lokalpolisområde City")};
}

QStringList RegionDemo::periodNames() {
    QStringList names;
    for (int p = 0; p < periodCount; ++p)
        names << periodName(p);
    return names;
}

Status RegionDemo::fill(const Repository& repository, const Extent& wanted) {
    const Extent extent{std::clamp(wanted.municipalities, 1, int(region.size())),
                        std::clamp(wanted.periods, 1, periodCount)};
    auto json = regionTemplate(extent);
    if (!json)
        return json.error();
    if (auto loaded = JsonImporter::import(repository, *json); !loaded)
        return loaded.error();
    for (int m = 0; m < extent.municipalities; ++m) {
        auto municipality = municipalityId(repository, m);
        if (!municipality)
            return municipality.error();
        // One transaction a municipality: its ten years are written at once, or not at all.
        Transaction transaction(repository.database());
        if (!transaction.begun())
            return transaction.begun();
        for (int p = 0; p < extent.periods; ++p) {
            DemoScope scope = scopeOf(m, p, extent.periods);
            scope.municipalityId = *municipality;
            auto period = sql::scalar(repository.database(),
                                      QStringLiteral("SELECT id FROM periods WHERE municipality_id = ? AND "
                                                     "start_date = ?"),
                                      {scope.municipalityId, scope.start().toString(Qt::ISODate)});
            if (!period)
                return period.error();
            if (Status filled = DemoPeriod::fill(repository, scope, period->toLongLong()); !filled)
                return filled;
        }
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace lk
