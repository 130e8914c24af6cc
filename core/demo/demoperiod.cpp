#include "demo/demoperiod.h"

#include "common/isodate.h"
#include "db/sql.h"
#include "demo/ogdemo.h"
#include "demo/policedemo.h"
#include "demo/tobaccodemo.h"
#include "demo/walkdemo.h"
#include "demo/watchdemo.h"
#include "og/ogregisters.h"
#include "promises/promiseregisters.h"

#include <QDate>
#include <QUuid>

namespace lk {

namespace {

struct Report {
    const char* status;
    const char* comment;
};

// The tertial reports of 2021–2022, promise by promise in the template's order: invented, but written the way
// a coordinator writes them.
const QList<QDate> reportDates{QDate(2021, 4, 30), QDate(2021, 8, 31), QDate(2021, 12, 31),
                               QDate(2022, 4, 30), QDate(2022, 8, 31), QDate(2022, 12, 31)};

const QList<QList<Report>> reports{
    {{"ej_paborjad", "Vandringar planeras till hösten när restriktionerna lättar."},
     {"paborjad", "Första vandringen i Rönninge centrum genomförd i augusti, 14 deltagare."},
     {"paborjad", "Vandring i Salem centrum i oktober. Digital vandring via webbformulär testas."},
     {"paborjad", "Digital trygghetsvandring öppen under mars, 63 inskickade synpunkter."},
     {"paborjad", "Två fysiska vandringar under våren; åtgärdslista skickad till gatuenheten."},
     {"genomford", "Fyra fysiska och en digital vandring under perioden. Protokollen är publicerade."}},
    {{"paborjad", "Lägesbilden stäms av på varje möte i Operativa gruppen."},
     {"paborjad", "Nio platser i registret, två nya efter tips från allmänheten."},
     {"paborjad", "Belysningen vid gångtunneln i Rönninge åtgärdad; platsen bedöms nu som låg otrygghet."},
     {"paborjad", "Lägesbilden uppdaterad efter polisens trygghetsmätning."},
     {"paborjad", "Lägesbilden redovisad för kommunstyrelsen i juni."},
     {"genomford", "Arbetet pågår löpande och fortsätter nästa period."}},
    {{"paborjad", "Fyra möten hållna, ett digitalt."},
     {"forsenad", "Inget möte i juli; semesterperioden täcktes inte."},
     {"paborjad", "Mötena hålls åter varje månad sedan september."},
     {"paborjad", "Fyra möten under tertialet. Fältarna deltar regelbundet."},
     {"paborjad", "Mötet i juli ersattes av avstämning per telefon."},
     {"genomford", "Elva möten 2022. Samverkan fungerar väl och fortsätter nästa period."}},
    {{"paborjad", "Riktade insatser i Salem centrum under helgkvällar."},
     {"paborjad", "Kontakter med skola och fritidsgård en gång i månaden."},
     {"paborjad", "Föreläsning om narkotika i årskurs 8 på skolans initiativ."},
     {"paborjad", "Två riktade insatser, flera anmälningar om eget bruk."},
     {"paborjad", "Insatser vid skolavslutning och under sommarlovet."},
     {"genomford", "Löpande insatser hela perioden; samarbetet med skolorna är etablerat."}},
    {{"ej_paborjad", "Kommunikationsplan under framtagande."},
     {"paborjad", "Informationsbrev till vårdnadshavare inför sommarlovet."},
     {"paborjad", "Inlägg i sociala medier om tecken på droganvändning."},
     {"paborjad", "Föräldramöte i samverkan med skolan."},
     {"paborjad", "Information i kommunens nyhetsbrev."},
     {"genomford", "Informationsinsatser genomförda enligt kommunikationsplanen."}},
    {{"ej_paborjad", "Tillsynsplan för året fastställd."},
     {"paborjad", "Gemensam tillsyn hos tre försäljningsställen."},
     {"paborjad", "Kontrollköp hos sex försäljningsställen; två sålde utan att fråga efter legitimation."},
     {"paborjad", "Dialog hållen med de två försäljningsställena."},
     {"paborjad", "Uppföljande tillsyn genomförd."},
     {"genomford", "Samtliga försäljningsställen har fått tillsyn under perioden."}},
    {{"paborjad", "Utbildning för nya kontaktombud planerad."},
     {"paborjad", "Nyhetsbrev skickat till alla områden."},
     {"paborjad", "Första flerbostadsfastigheten ansluten."},
     {"paborjad", "Brandskyddsinformation tillsammans med räddningstjänsten."},
     {"forsenad", "Utbildningen i maj ställdes in; ny tid i september."},
     {"genomford", "Fyra nya områden och två flerbostadsfastigheter anslutna under perioden."}},
    {{"paborjad", "Trafikkontroller vid infarterna till Salem och Rönninge."},
     {"paborjad", "Fokus på hastighet vid skolorna inför skolstarten."},
     {"paborjad", "Kontroller riktade mot drogpåverkade förare."},
     {"paborjad", "Kontroller i samband med riktade insatser."},
     {"paborjad", "Sommarens kontroller genomförda."},
     {"genomford", "Kontroller genomförda löpande under hela perioden."}},
};

// What the coordinator plans next for each promise, in the template's order: the report's "next steps".
const QList<const char*> nextSteps{
    "Två fysiska vandringar 2023, i Salem centrum och i Rönninge centrum, och en digital vandring under "
    "våren. "
    "Åtgärdslistan följs upp med gatuenheten sex månader efter varje vandring.",
    "Lägesbilden stäms av varje tertial i Operativa gruppen och redovisas för kommunstyrelsen i juni.",
    "Fortsatta möten varje månad. En ersättare utses för juli så att sommaren täcks.",
    "Riktade insatser i centrum under helgkvällar. Skolbesöken planeras med rektorerna inför varje termin.",
    "En ny kommunikationsplan för 2023–2024 tas fram tillsammans med skolan och fältarna.",
    "Tillsyn hos samtliga försäljningsställen 2023 och kontrollköp två gånger om året hos dem som sålt utan "
    "att fråga efter legitimation.",
    "Brandskyddsinformation tillsammans med räddningstjänsten två gånger om året; fler flerbostadshus bjuds "
    "in "
    "till grannsamverkan.",
    "Kontroller vid infarterna och vid skolorna vid terminsstart, med fokus på drogpåverkade förare.",
};

// Who sends the report and which police area takes part: invented for the demo, no person named. Done once,
// in the municipality's first period.
Status describeMunicipality(const Repository& repository, const DemoScope& scope) {
    const auto& spec = PromiseRegisters::municipalities();
    auto municipality = repository.findById(spec, scope.municipalityId);
    if (!municipality || !*municipality)
        return municipality ? Status() : Status(municipality.error());
    if ((*municipality)->value(municipalities::reportSender).isValid())
        return {};
    Record described = **municipality;
    described.values.insert(municipalities::reportSender,
                            QStringLiteral("Kommunstyrelseförvaltningen, säkerhetssamordnaren"));
    described.values.insert(municipalities::policeArea, scope.policeArea);
    // The public page's foot: where a citizen asks, and where the full report is published.
    described.values.insert(municipalities::publicContact, scope.publicContact);
    described.values.insert(municipalities::reportUrl, scope.reportUrl);
    auto updated = repository.update(spec, **municipality, described, Repository::Stamp::Keep);
    return updated ? Status() : Status(updated.error());
}

Status addNextSteps(const Repository& repository, const DemoScope& scope, const QList<Record>& ordered) {
    for (qsizetype p = 0; p < ordered.size() && p < nextSteps.size(); ++p) {
        Record planned = ordered.at(p);
        planned.values.insert(promises::nextSteps, scope.local(nextSteps.at(p)));
        auto updated =
            repository.update(PromiseRegisters::promises(), ordered.at(p), planned, Repository::Stamp::Keep);
        if (!updated)
            return updated.error();
    }
    return {};
}

// The period's promises in the template's order: by their focus area's place, then their own.
Result<QList<Record>> promisesOf(const Repository& repository, qint64 periodId) {
    auto all = repository.list(PromiseRegisters::promises());
    if (!all)
        return all.error();
    auto areas = sql::run(
        repository.database(),
        QStringLiteral("SELECT id FROM focus_areas WHERE period_id = ? ORDER BY sort_order, id"), {periodId});
    if (!areas)
        return areas.error();
    QList<qint64> order;
    while (areas->next())
        order << areas->value(0).toLongLong();
    QList<Record> ordered;
    for (const Record& promise : std::as_const(*all)) {
        if (order.contains(promise.value(promises::focusAreaId).toLongLong()))
            ordered << promise;
    }
    std::stable_sort(ordered.begin(), ordered.end(), [&order](const Record& a, const Record& b) {
        return std::pair(order.indexOf(a.value(promises::focusAreaId).toLongLong()),
                         a.value(promises::sortOrder).toLongLong()) <
               std::pair(order.indexOf(b.value(promises::focusAreaId).toLongLong()),
                         b.value(promises::sortOrder).toLongLong());
    });
    return ordered;
}

} // namespace

Status DemoPeriod::fill(const Repository& repository, const DemoScope& scope, qint64 periodId) {
    const auto& statuses = PromiseRegisters::statuses();
    auto found = promisesOf(repository, periodId);
    if (!found)
        return found.error();
    const QList<Record>& ordered = *found;
    for (qsizetype p = 0; p < ordered.size() && p < reports.size(); ++p) {
        for (qsizetype r = 0; r < reportDates.size(); ++r) {
            const QDate date = scope.shifted(reportDates.at(r));
            Record status;
            status.uuid = QUuid::createUuidV5(scope.space, ordered.at(p).uuid + isoDate(date))
                              .toString(QUuid::WithoutBraces);
            status.updatedAt = date.startOfDay(Qt::UTC).addSecs(16 * 3600).toString(Qt::ISODate);
            status.values = {{promiseStatuses::promiseId, ordered.at(p).id},
                             {promiseStatuses::reportedOn, date},
                             {promiseStatuses::status, QString::fromLatin1(reports.at(p).at(r).status)},
                             {promiseStatuses::comment, scope.local(reports.at(p).at(r).comment)}};
            if (auto added = repository.insert(statuses, status, Repository::Stamp::Keep); !added)
                return added.error();
        }
    }
    // Operativa gruppen meets for the promise whose target counts its meetings.
    auto counted = sql::scalar(repository.database(),
                               QStringLiteral("SELECT t.promise_id FROM targets t JOIN promises p ON p.id = "
                                              "t.promise_id JOIN focus_areas f ON f.id = p.focus_area_id "
                                              "WHERE t.source = ? AND f.period_id = ?"),
                               {ogMeetings::table.toString(), periodId});
    if (!counted)
        return counted.error();
    if (Status described = describeMunicipality(repository, scope); !described)
        return described;
    if (Status planned = addNextSteps(repository, scope, ordered); !planned)
        return planned;
    if (auto filled = OgDemo::fill(repository, scope, counted->toLongLong()); !filled)
        return filled;
    if (ordered.size() < 8)
        return {};
    // The police's promises are the template's fourth, fifth and eighth.
    const PoliceDemo::Promises police{ordered.at(3).id, ordered.at(4).id, ordered.at(7).id};
    if (auto filled = PoliceDemo::fill(repository, scope, police); !filled)
        return filled;
    // Tobacco is the sixth.
    if (auto filled = TobaccoDemo::fill(repository, scope, ordered.at(5).id); !filled)
        return filled;
    // Safety walks are the first promise.
    if (auto filled = WalkDemo::fill(repository, scope, ordered.at(0).id); !filled)
        return filled;
    // Neighbourhood watch is the seventh.
    return WatchDemo::fill(repository, scope, ordered.at(6).id);
}

} // namespace lk
