#include "demo/walkdemo.h"

#include "common/isodate.h"
#include "db/sql.h"
#include "demo/demonames.h"
#include "demo/demowriter.h"
#include "promises/promiseregisters.h"
#include "walks/walkregisters.h"

#include <QBuffer>
#include <QDate>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace lk {

namespace {

struct DemoPlace {
    const char* name;
    const char* address;
    const char* category;
    const char* why;
    double x;
    double y;
    QList<std::tuple<QDate, const char*, const char*>> assessments; // date, level, source
};

const QList<DemoPlace> demoPlaces{
    {"Gångtunneln under Rönningevägen",
     "Rönningevägen vid Tallvägen",
     "belysning",
     "Mörk tunnel, trasig belysning, skymd sikt från båda håll.",
     0.62,
     0.40,
     {{QDate(2021, 3, 10), "hog", "medborgardialog"},
      {QDate(2021, 8, 24), "hog", "trygghetsvandring"},
      {QDate(2021, 12, 1), "lag", "trygghetsvandring"}}},
    {"Salems centrum, busstorget",
     "Säbytorget",
     "ordningsstorning",
     "Grupper av ungdomar samlas kvällstid; stök vid busshållplatsen.",
     0.28,
     0.55,
     {{QDate(2021, 3, 10), "medel", "polisen"}, {QDate(2022, 4, 20), "hog", "polisen"}}},
    {"Parkeringen vid Rönninge station",
     "Stationsvägen 2",
     "skadegorelse",
     "Bilinbrott och klotter; dålig belysning i bortre delen.",
     0.70,
     0.30,
     {{QDate(2021, 5, 4), "medel", "tips"}, {QDate(2022, 9, 15), "medel", "trygghetsvandring"}}},
    {"Stigen genom Säbyparken",
     "Säbyparken",
     "vaxtlighet",
     "Tät buskage längs gångstigen, ingen belysning.",
     0.36,
     0.68,
     {{QDate(2021, 10, 12), "hog", "trygghetsvandring"}, {QDate(2022, 5, 30), "medel", "trygghetsvandring"}}},
    {"Lekplatsen vid Nyckelby",
     "Nyckelbyvägen 14",
     "nedskrapning",
     "Nedskräpning och krossat glas kvällar och helger.",
     0.48,
     0.22,
     {{QDate(2022, 3, 25), "lag", "trygghetsvandring"}}},
    {"Övergångsstället vid skolan",
     "Skogsängsvägen",
     "trafik",
     "Höga hastigheter vid skolstart, skymd sikt från parkerade bilar.",
     0.20,
     0.35,
     {{QDate(2021, 10, 12), "medel", "trygghetsvandring"}}},
    {"Idrottsplatsen",
     "Söderby idrottsplats",
     "trygg_plats",
     "Bra belysning och folk i rörelse till sent; nämns som en trygg plats.",
     0.80,
     0.72,
     {{QDate(2022, 5, 30), "lag", "trygghetsvandring"}}},
    {"Gång- och cykelvägen mot Söderby",
     "Söderbyvägen",
     "snorojning",
     "Snövallar och halka gör att många går i vägbanan vintertid.",
     0.58,
     0.80,
     {{QDate(2022, 3, 25), "medel", "trygghetsvandring"}}},
    {"Gångbron vid Rönninge centrum",
     "Rönninge centrum",
     "belysning",
     "Flera lampor ur funktion; upplevs ödslig efter butikernas stängning.",
     0.66,
     0.52,
     {{QDate(2022, 9, 15), "hog", "trygghetsvandring"}}},
};

struct DemoObservation {
    int place; // index in demoPlaces, or -1 for none
    const char* category;
    const char* description;
    const char* action; // empty for none
    const char* responsible;
    const char* priority;
    const char* status;
    int doneAfterDays; // for a fixed action
    const char* reason;
};

struct DemoWalk {
    QDate on;
    const char* kind;
    const char* startsAt;
    const char* light;
    const char* area;
    const char* route;
    QList<std::pair<const char*, int>> participants;
    QList<DemoObservation> observations;
};

const QList<DemoWalk> demoWalks{
    {QDate(2021, 8, 24),
     "fysisk",
     "19:00",
     "morker",
     "Rönninge centrum",
     "Från Rönninge station via gångtunneln till Rönninge centrum och tillbaka längs Rönningevägen.",
     {{"boende", 6}, {"kommunen", 3}, {"polisen", 2}, {"fastighetsagare", 1}, {"politiker", 2}},
     {{0, "belysning", "Tre armaturer i tunneln trasiga; tunneln helt mörk.", "Byta armaturer i tunneln",
       "Gatuenheten", "hog", "atgardad", 60, ""},
      {2, "skadegorelse", "Klotter på cykelstället och krossad ruta i väntkuren.",
       "Sanera klotter och byta ruta", "Fastighetsägaren", "medel", "atgardad", 150, ""},
      {-1, "vaxtlighet", "Häck skymmer sikten vid gångvägen mot Tallvägen.", "Klippa häcken", "Parkenheten",
       "lag", "atgardad", 240, ""}}},
    {QDate(2021, 10, 12),
     "fysisk",
     "18:30",
     "morker",
     "Salems centrum",
     "Säbytorget, Säbyparken, skolan och tillbaka via busstorget.",
     {{"boende", 9}, {"kommunen", 4}, {"polisen", 2}, {"foreningar", 2}, {"politiker", 1}},
     {{3, "vaxtlighet", "Buskage längs stigen växer in över gångvägen.", "Röja buskage längs stigen",
       "Parkenheten", "hog", "atgardad", 120, ""},
      {3, "belysning", "Stigen saknar belysning hela sträckan.", "Sätta upp belysning längs stigen",
       "Gatuenheten", "medel", "avvisad", 0,
       "Ingår inte i årets budget; tas upp i investeringsplanen för 2023."},
      {5, "trafik", "Bilar håller hög fart förbi skolan på morgonen.", "Hastighetskontroller vid skolstart",
       "Polisen", "medel", "atgardad", 30, ""},
      {1, "ordningsstorning", "Glas och skräp vid busstorget efter helgen.", "", "", "", "", 0, ""}}},
    {QDate(2022, 3, 25),
     "digital",
     "",
     "",
     "Hela kommunen",
     "Webbformulär öppet 1–25 mars; synpunkter med plats och beskrivning.",
     {{"boende", 63}},
     {{4, "nedskrapning", "Mycket glas på lekplatsen varje måndag.", "Tätare städning av lekplatsen",
       "Parkenheten", "lag", "atgardad", 200, ""},
      {7, "snorojning", "Cykelvägen plogas sist av allt, man får gå i vägen.",
       "Prioritera cykelvägen vid plogning", "Gatuenheten", "medel", "pagar", 0, ""},
      {-1, "annat", "Önskar fler bänkar längs promenadstråket.", "", "", "", "", 0, ""}}},
    {QDate(2022, 5, 30),
     "fysisk",
     "20:00",
     "dagsljus",
     "Salems centrum",
     "Säbyparken, idrottsplatsen och Söderbyvägen.",
     {{"boende", 7}, {"kommunen", 3}, {"polisen", 1}, {"foreningar", 3}, {"ovriga", 1}},
     {{6, "trygg_plats", "Idrottsplatsen upplevs trygg: bra ljus och folk i rörelse.", "", "", "", "", 0, ""},
      {3, "vaxtlighet", "Buskaget är röjt men växer tillbaka.", "Återkommande röjning två gånger per år",
       "Parkenheten", "lag", "oppen", 0, ""}}},
    {QDate(2022, 9, 15),
     "fysisk",
     "19:30",
     "morker",
     "Rönninge centrum",
     "Rönninge station, parkeringen, gångbron och centrum.",
     {{"boende", 8}, {"kommunen", 3}, {"polisen", 2}, {"fastighetsagare", 2}, {"politiker", 2}},
     {{8, "belysning", "Fyra lampor på gångbron ur funktion.", "Laga belysningen på gångbron", "Gatuenheten",
       "hog", "oppen", 0, ""},
      {2, "belysning", "Bortre delen av parkeringen är mörk.", "Ny belysningsstolpe i bortre delen",
       "Fastighetsägaren", "medel", "pagar", 0, ""},
      {2, "skadegorelse", "Nytt klotter på väntkuren.", "Sanera klotter", "Fastighetsägaren", "lag",
       "atgardad", 20, ""}}},
};

QByteArray encoded(const QImage& image, const char* format, int quality = -1) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

class Filler {
public:
    Filler(const Repository& repository, const DemoScope& scope, qint64 promiseId)
        : m_repository(repository)
        , m_scope(scope)
        , m_writer(repository, scope.space)
        , m_municipality(scope.municipalityId)
        , m_promise(promiseId) {}

    // The municipality's map, drawn in its first period.
    Status map() {
        auto existing = m_repository.listOfMunicipality(WalkRegisters::maps(), m_municipality);
        if (!existing)
            return existing.error();
        if (!existing->isEmpty()) {
            m_map = existing->first().id;
            return {};
        }
        const QString name = m_scope.local("Salem och Rönninge");
        auto added = m_writer.add(WalkRegisters::maps(), name, m_scope.shifted(QDate(2021, 3, 1)),
                                  {{maps::municipalityId, m_municipality},
                                   {maps::name, name},
                                   {maps::image, WalkDemo::mapImage()},
                                   {maps::note, QStringLiteral("Ritad för demofilen, inte skalenlig")}});
        if (!added)
            return added.error();
        m_map = added->id;
        return {};
    }

    // The municipality's unsafe places, found in its first period; a larger municipality has more.
    Status places() {
        auto existing =
            sql::run(m_repository.database(),
                     QStringLiteral("SELECT id, pin_x, pin_y FROM places WHERE municipality_id = ? "
                                    "ORDER BY id"),
                     {m_municipality});
        if (!existing)
            return existing.error();
        while (existing->next())
            m_places.append({existing->value(0).toLongLong(), existing->value(1).toDouble(),
                             existing->value(2).toDouble()});
        if (!m_places.isEmpty())
            return {};
        for (int i = 0; i < m_scope.scaled(demoPlaces.size()); ++i) {
            const DemoPlace& place = demoPlaces.at(i % demoPlaces.size());
            const int round = i / int(demoPlaces.size());
            // Another place like the sample's, elsewhere on the map.
            const QString name = round == 0 ? m_scope.local(place.name)
                                            : m_scope.local(place.name).section(u',', 0, 0) +
                                                  QStringLiteral(", ") + DemoNames::stem(i);
            const double x = round == 0 ? place.x : std::fmod(place.x + 0.137 * round, 0.9) + 0.05;
            const double y = round == 0 ? place.y : std::fmod(place.y + 0.311 * round, 0.9) + 0.05;
            const QDate first = m_scope.shifted(std::get<0>(place.assessments.first())).addDays(3 * round);
            auto added = m_writer.add(WalkRegisters::places(), name, first,
                                      {{places::municipalityId, m_municipality},
                                       {places::name, name},
                                       {places::address, m_scope.local(place.address)},
                                       {places::category, QString::fromLatin1(place.category)},
                                       {places::description, m_scope.local(place.why)},
                                       {places::mapId, m_map},
                                       {places::pinX, x},
                                       {places::pinY, y}});
            if (!added)
                return added.error();
            m_places.append({added->id, x, y});
            for (const auto& [sampleOn, level, source] : place.assessments) {
                const QDate on = m_scope.shifted(sampleOn).addDays(3 * round);
                auto assessed = m_writer.add(WalkRegisters::placeAssessments(), added->uuid + isoDate(on), on,
                                             {{placeAssessments::placeId, added->id},
                                              {placeAssessments::assessedOn, on},
                                              {placeAssessments::level, QString::fromLatin1(level)},
                                              {placeAssessments::source, QString::fromLatin1(source)}});
                if (!assessed)
                    return assessed.error();
            }
        }
        return {};
    }

    // The sample's walks, and for a larger municipality more like them a week or two before or after.
    Status walks() {
        for (int number = 0; number < m_scope.scaled(demoWalks.size()); ++number) {
            DemoWalk walk = demoWalks.at(number % demoWalks.size());
            const int round = number / int(demoWalks.size());
            walk.on = m_scope.shifted(walk.on);
            if (round > 0) {
                // In the walks' months (April, May, September, October), some weeks from the sample's.
                const int month = walk.on.month() == 3 ? 4 : walk.on.month() == 8 ? 9 : walk.on.month();
                walk.on = QDate(walk.on.year(), month, 1 + (walk.on.day() - 1 + 7 * round) % 28);
            }
            const QString area = round == 0 ? m_scope.local(walk.area) : DemoNames::stem(number);
            QVariantMap values{{walks::municipalityId, m_municipality},
                               {walks::walkedOn, walk.on},
                               {walks::kind, QString::fromLatin1(walk.kind)},
                               {walks::area, area},
                               {walks::route, m_scope.local(walk.route)},
                               {walks::organiser, QStringLiteral("Kommunen och polisen")},
                               {walks::mapId, m_map},
                               {walks::promiseId, m_promise}};
            if (*walk.startsAt)
                values.insert(walks::startsAt, QString::fromLatin1(walk.startsAt));
            if (*walk.light)
                values.insert(walks::light, QString::fromLatin1(walk.light));
            auto added = m_writer.add(WalkRegisters::walks(), QString::number(number), walk.on, values);
            if (!added)
                return added.error();
            for (const auto& [group, count] : walk.participants) {
                auto counted =
                    m_writer.add(WalkRegisters::participants(), added->uuid + QLatin1String(group), walk.on,
                                 {{walkParticipants::walkId, added->id},
                                  {walkParticipants::participantGroup, QString::fromLatin1(group)},
                                  {walkParticipants::count, count}});
                if (!counted)
                    return counted.error();
            }
            if (Status noted = observations(*added, walk, round); !noted)
                return noted;
        }
        return {};
    }

private:
    Status observations(const Record& walk, const DemoWalk& demo, int round) {
        const bool digital = QByteArrayView(demo.kind) == "digital";
        int number = 0;
        for (const DemoObservation& observation : demo.observations) {
            QVariantMap values{{observations::walkId, walk.id},
                               {observations::category, QString::fromLatin1(observation.category)},
                               {observations::description, m_scope.local(observation.description)},
                               {observations::sentIn, digital}};
            if (observation.place >= 0) {
                // A later round of walks sees the places further on in the register.
                const auto& [place, x, y] =
                    m_places.at((observation.place + int(demoPlaces.size()) * round) % m_places.size());
                values.insert(observations::placeId, place);
                // Pinned a little beside the place, so that both pins show.
                values.insert(observations::mapId, m_map);
                values.insert(observations::pinX, std::min(1.0, x + 0.02 + 0.015 * number));
                values.insert(observations::pinY, std::min(1.0, y + 0.02));
            }
            if (*observation.action) {
                // What was still open or under way in the sample was finished in an earlier period.
                const bool finished =
                    !m_scope.latestPeriod && (QByteArrayView(observation.status) == "oppen" ||
                                              QByteArrayView(observation.status) == "pagar");
                const int doneAfter = finished ? 90 + 30 * number : observation.doneAfterDays;
                values.insert(observations::action, m_scope.local(observation.action));
                values.insert(observations::responsible, QString::fromUtf8(observation.responsible));
                values.insert(observations::priority, QString::fromLatin1(observation.priority));
                values.insert(observations::dueOn, WalkRegisters::dueByDefault(demo.on));
                values.insert(observations::status, finished ? QStringLiteral("atgardad")
                                                             : QString::fromLatin1(observation.status));
                if (doneAfter > 0)
                    values.insert(observations::doneOn, demo.on.addDays(doneAfter));
                if (*observation.reason)
                    values.insert(observations::statusReason, m_scope.local(observation.reason));
            }
            // The first walk's tunnel got a photo, the way a phone takes one on the walk.
            if (m_observations == 0)
                values.insert(observations::photo, WalkDemo::photo());
            auto added = m_writer.add(WalkRegisters::observations(), walk.uuid + QString::number(number++),
                                      demo.on, values);
            if (!added)
                return added.error();
            ++m_observations;
        }
        return {};
    }

    const Repository& m_repository;
    const DemoScope& m_scope;
    DemoWriter m_writer;
    qint64 m_municipality;
    qint64 m_promise;
    qint64 m_map = 0;
    QList<std::tuple<qint64, double, double>> m_places; // key, pin x, pin y
    int m_observations = 0;
};

QByteArray drawMap() {
    QImage image(1600, 1100, QImage::Format_RGB32);
    image.fill(QColor(0xf2, 0xef, 0xe6));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    // A lake in the south-west, parks and woods, a railway across and the roads between the centres.
    painter.setBrush(QColor(0xb8, 0xd4, 0xe8));
    QPainterPath lake;
    lake.moveTo(0, 760);
    lake.cubicTo(180, 700, 320, 820, 300, 960);
    lake.cubicTo(280, 1060, 120, 1100, 0, 1100);
    lake.closeSubpath();
    painter.drawPath(lake);
    painter.setBrush(QColor(0xcd, 0xe3, 0xbd));
    painter.drawEllipse(QRectF(480, 640, 320, 200));
    painter.drawEllipse(QRectF(1180, 700, 300, 220));
    painter.drawRect(QRectF(1300, 80, 260, 180));
    painter.setBrush(QColor(0xe2, 0xdc, 0xcc));
    for (const QRectF& block :
         {QRectF(360, 520, 200, 120), QRectF(980, 480, 220, 140), QRectF(700, 180, 160, 110),
          QRectF(220, 300, 150, 110), QRectF(1050, 260, 180, 120)})
        painter.drawRect(block);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0x9a, 0x9a, 0x9a), 6, Qt::DashLine));
    painter.drawLine(QPointF(0, 380), QPointF(1600, 260));
    painter.setPen(QPen(Qt::white, 18, Qt::SolidLine, Qt::RoundCap));
    QPainterPath roads;
    roads.moveTo(0, 600);
    roads.cubicTo(400, 620, 700, 560, 1000, 600);
    roads.cubicTo(1200, 630, 1400, 560, 1600, 580);
    roads.moveTo(990, 0);
    roads.cubicTo(1000, 300, 960, 700, 1010, 1100);
    roads.moveTo(300, 0);
    roads.cubicTo(320, 300, 420, 700, 460, 1100);
    roads.moveTo(460, 760);
    roads.cubicTo(700, 900, 900, 880, 1300, 940);
    painter.drawPath(roads);
    painter.setPen(QPen(QColor(0xd8, 0xd2, 0xc0), 2));
    painter.drawPath(roads);
    painter.end();
    return encoded(image, "PNG");
}

QByteArray takePhoto() {
    QImage image(640, 480, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient dusk(0, 0, 0, 480);
    dusk.setColorAt(0, QColor(0x1d, 0x2b, 0x4f));
    dusk.setColorAt(1, QColor(0x4a, 0x40, 0x5a));
    painter.fillRect(image.rect(), dusk);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRect(0, 360, 640, 120), QColor(0x33, 0x33, 0x38));
    painter.setBrush(QColor(0x22, 0x22, 0x22));
    painter.setPen(Qt::NoPen);
    painter.drawRect(QRect(300, 120, 12, 260));
    painter.setBrush(QColor(0x55, 0x55, 0x50));
    painter.drawEllipse(QPoint(306, 116), 26, 12);
    painter.end();
    return encoded(image, "JPEG", 80);
}

} // namespace

QByteArray WalkDemo::mapImage() {
    // Drawn and compressed once: a region has a map in every municipality.
    static const QByteArray drawn = drawMap();
    return drawn;
}

QByteArray WalkDemo::photo() {
    static const QByteArray taken = takePhoto();
    return taken;
}

Status WalkDemo::fill(const Repository& repository, const DemoScope& scope, qint64 walkPromise) {
    Filler filler(repository, scope, walkPromise);
    // The walks' target, two a year in spring and autumn, comes with the Salem template.
    return runSteps({
        [&] { return filler.map(); },
        [&] { return filler.places(); },
        [&] { return filler.walks(); },
    });
}

} // namespace lk
