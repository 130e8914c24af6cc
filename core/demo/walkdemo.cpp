#include "demo/walkdemo.h"

#include "common/isodate.h"
#include "demo/demowriter.h"
#include "promises/promiseregisters.h"
#include "walks/walkregisters.h"

#include <QBuffer>
#include <QDate>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

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
    Filler(const Repository& repository, const QUuid& space, qint64 municipalityId, qint64 promiseId)
        : m_writer(repository, space)
        , m_municipality(municipalityId)
        , m_promise(promiseId) {}

    Status map() {
        auto added =
            m_writer.add(WalkRegisters::maps(), QStringLiteral("Salem och Rönninge"), QDate(2021, 3, 1),
                         {{maps::municipalityId, m_municipality},
                          {maps::name, QStringLiteral("Salem och Rönninge")},
                          {maps::image, WalkDemo::mapImage()},
                          {maps::note, QStringLiteral("Ritad för demofilen, inte skalenlig")}});
        if (!added)
            return added.error();
        m_map = added->id;
        return {};
    }

    Status places() {
        for (const DemoPlace& place : demoPlaces) {
            const QDate first = std::get<0>(place.assessments.first());
            auto added = m_writer.add(WalkRegisters::places(), QString::fromUtf8(place.name), first,
                                      {{places::municipalityId, m_municipality},
                                       {places::name, QString::fromUtf8(place.name)},
                                       {places::address, QString::fromUtf8(place.address)},
                                       {places::category, QString::fromLatin1(place.category)},
                                       {places::description, QString::fromUtf8(place.why)},
                                       {places::mapId, m_map},
                                       {places::pinX, place.x},
                                       {places::pinY, place.y}});
            if (!added)
                return added.error();
            m_places.append(added->id);
            for (const auto& [on, level, source] : place.assessments) {
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

    Status walks() {
        int number = 0;
        for (const DemoWalk& walk : demoWalks) {
            QVariantMap values{{walks::municipalityId, m_municipality},
                               {walks::walkedOn, walk.on},
                               {walks::kind, QString::fromLatin1(walk.kind)},
                               {walks::area, QString::fromUtf8(walk.area)},
                               {walks::route, QString::fromUtf8(walk.route)},
                               {walks::organiser, QStringLiteral("Kommunen och polisen")},
                               {walks::mapId, m_map},
                               {walks::promiseId, m_promise}};
            if (*walk.startsAt)
                values.insert(walks::startsAt, QString::fromLatin1(walk.startsAt));
            if (*walk.light)
                values.insert(walks::light, QString::fromLatin1(walk.light));
            auto added = m_writer.add(WalkRegisters::walks(), QString::number(number++), walk.on, values);
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
            if (Status noted = observations(*added, walk); !noted)
                return noted;
        }
        return {};
    }

private:
    Status observations(const Record& walk, const DemoWalk& demo) {
        const bool digital = QByteArrayView(demo.kind) == "digital";
        int number = 0;
        for (const DemoObservation& observation : demo.observations) {
            QVariantMap values{{observations::walkId, walk.id},
                               {observations::category, QString::fromLatin1(observation.category)},
                               {observations::description, QString::fromUtf8(observation.description)},
                               {observations::sentIn, digital}};
            if (observation.place >= 0) {
                const DemoPlace& place = demoPlaces.at(observation.place);
                values.insert(observations::placeId, m_places.at(observation.place));
                // Pinned a little beside the place, so that both pins show.
                values.insert(observations::mapId, m_map);
                values.insert(observations::pinX, std::min(1.0, place.x + 0.02 + 0.015 * number));
                values.insert(observations::pinY, std::min(1.0, place.y + 0.02));
            }
            if (*observation.action) {
                values.insert(observations::action, QString::fromUtf8(observation.action));
                values.insert(observations::responsible, QString::fromUtf8(observation.responsible));
                values.insert(observations::priority, QString::fromLatin1(observation.priority));
                values.insert(observations::dueOn, WalkRegisters::dueByDefault(demo.on));
                values.insert(observations::status, QString::fromLatin1(observation.status));
                if (observation.doneAfterDays > 0)
                    values.insert(observations::doneOn, demo.on.addDays(observation.doneAfterDays));
                if (*observation.reason)
                    values.insert(observations::statusReason, QString::fromUtf8(observation.reason));
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

    DemoWriter m_writer;
    qint64 m_municipality;
    qint64 m_promise;
    qint64 m_map = 0;
    QList<qint64> m_places;
    int m_observations = 0;
};

} // namespace

QByteArray WalkDemo::mapImage() {
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

QByteArray WalkDemo::photo() {
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

Status WalkDemo::fill(const Repository& repository, const QUuid& space, qint64 municipalityId,
                      qint64 walkPromise) {
    Filler filler(repository, space, municipalityId, walkPromise);
    // The walks' target, two a year in spring and autumn, comes with the Salem template.
    return runSteps({
        [&] { return filler.map(); },
        [&] { return filler.places(); },
        [&] { return filler.walks(); },
    });
}

} // namespace lk
