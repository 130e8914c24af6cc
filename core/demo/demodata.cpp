#include "demo/demodata.h"

#include "common/isodate.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "demo/ogdemo.h"
#include "demo/policedemo.h"
#include "demo/tobaccodemo.h"
#include "demo/walkdemo.h"
#include "demo/watchdemo.h"
#include "io/templates.h"
#include "og/ogregisters.h"
#include "promises/promiseregisters.h"

#include <QCoreApplication>
#include <QDate>
#include <QUuid>

namespace lk {

namespace {

// Fixed, so that two demo files share their UUIDs (and their exports are byte-identical).
const QUuid demoNamespace = QUuid::fromString(QStringLiteral("{2f9d0d6c-7a0e-4d8e-9b51-0c6f1e2a7b33}"));

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

// Who sends the report and which police area takes part: invented for the demo, no person named.
Status describeMunicipality(const Repository& repository, qint64 municipalityId) {
    const auto& spec = PromiseRegisters::municipalities();
    auto municipality = repository.findById(spec, municipalityId);
    if (!municipality || !*municipality)
        return municipality ? Status() : Status(municipality.error());
    Record described = **municipality;
    described.values.insert(municipalities::reportSender,
                            QStringLiteral("Kommunstyrelseförvaltningen, säkerhetssamordnaren"));
    described.values.insert(municipalities::policeArea, QStringLiteral("Lokalpolisområde Södertälje"));
    // The public page's foot: where a citizen asks, and where the full report is published.
    described.values.insert(municipalities::publicContact, QStringLiteral("trygghet@salem.se, 08-532 598 00"));
    described.values.insert(municipalities::reportUrl, QStringLiteral("https://www.salem.se/medborgarloften"));
    auto updated = repository.update(spec, **municipality, described, Repository::Stamp::Keep);
    return updated ? Status() : Status(updated.error());
}

Status addNextSteps(const Repository& repository, const QList<Record>& ordered) {
    for (qsizetype p = 0; p < ordered.size() && p < nextSteps.size(); ++p) {
        Record planned = ordered.at(p);
        planned.values.insert(promises::nextSteps, QString::fromUtf8(nextSteps.at(p)));
        auto updated =
            repository.update(PromiseRegisters::promises(), ordered.at(p), planned, Repository::Stamp::Keep);
        if (!updated)
            return updated.error();
    }
    return {};
}

qint64 municipalityOf(const Repository& repository, const Record& promise) {
    auto id =
        sql::scalar(repository.database(),
                    QStringLiteral("SELECT p.municipality_id FROM focus_areas f JOIN periods p ON p.id = "
                                   "f.period_id WHERE f.id = ?"),
                    {promise.value(promises::focusAreaId)});
    return id ? id->toLongLong() : 0;
}

// Where the public page sends a citizen: invented, but as a municipality writes them.
} // namespace

Status DemoData::fill(const Repository& repository, const QString& scale) {
    if (!scales().contains(scale))
        return Error{
            QCoreApplication::translate("lk::DemoData", "There is no demo scale “%1”. Choose one of: %2.")
                .arg(scale, scales().join(QStringLiteral(", ")))};
    if (auto loaded = Templates::apply(repository, Templates::defaultName()); !loaded)
        return loaded.error();

    const auto& statuses = PromiseRegisters::statuses();
    auto promises = repository.list(PromiseRegisters::promises());
    if (!promises)
        return promises.error();
    // The template's promises, in the order of its focus areas and their own order.
    QList<Record> ordered = *promises;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Record& a, const Record& b) {
        return std::pair(a.value(promises::focusAreaId).toLongLong(),
                         a.value(promises::sortOrder).toLongLong()) <
               std::pair(b.value(promises::focusAreaId).toLongLong(),
                         b.value(promises::sortOrder).toLongLong());
    });

    Transaction transaction(repository.database());
    if (!transaction.begun())
        return transaction.begun();
    for (qsizetype p = 0; p < ordered.size() && p < reports.size(); ++p) {
        for (qsizetype r = 0; r < reportDates.size(); ++r) {
            const QDate date = reportDates.at(r);
            Record status;
            status.uuid = QUuid::createUuidV5(demoNamespace, ordered.at(p).uuid + isoDate(date))
                              .toString(QUuid::WithoutBraces);
            status.updatedAt = date.startOfDay(Qt::UTC).addSecs(16 * 3600).toString(Qt::ISODate);
            status.values = {{promiseStatuses::promiseId, ordered.at(p).id},
                             {promiseStatuses::reportedOn, date},
                             {promiseStatuses::status, QString::fromLatin1(reports.at(p).at(r).status)},
                             {promiseStatuses::comment, QString::fromUtf8(reports.at(p).at(r).comment)}};
            if (auto added = repository.insert(statuses, status, Repository::Stamp::Keep); !added)
                return added.error();
        }
    }
    // Operativa gruppen meets for the promise whose target counts its meetings.
    auto counted =
        sql::scalar(repository.database(), QStringLiteral("SELECT promise_id FROM targets WHERE source = ?"),
                    {ogMeetings::table.toString()});
    if (!counted)
        return counted.error();
    const qint64 municipality = ordered.isEmpty() ? 0 : municipalityOf(repository, ordered.first());
    if (Status described = describeMunicipality(repository, municipality); !described)
        return described;
    if (Status planned = addNextSteps(repository, ordered); !planned)
        return planned;
    if (auto filled = OgDemo::fill(repository, demoNamespace, municipality, counted->toLongLong()); !filled)
        return filled;
    // The police's promises are the template's fourth, fifth and eighth.
    if (ordered.size() >= 8) {
        const PoliceDemo::Promises police{ordered.at(3).id, ordered.at(4).id, ordered.at(7).id};
        if (auto filled = PoliceDemo::fill(repository, demoNamespace, municipality, police); !filled)
            return filled;
        // Tobacco is the sixth.
        if (auto filled = TobaccoDemo::fill(repository, demoNamespace, municipality, ordered.at(5).id);
            !filled)
            return filled;
        // Safety walks are the first promise.
        if (auto filled = WalkDemo::fill(repository, demoNamespace, municipality, ordered.at(0).id); !filled)
            return filled;
        // Neighbourhood watch is the seventh.
        if (auto filled = WatchDemo::fill(repository, demoNamespace, municipality, ordered.at(6).id); !filled)
            return filled;
    }
    return transaction.commit();
}

} // namespace lk
