#include "demo/ogdemo.h"

#include "demo/demowriter.h"

#include "common/isodate.h"
#include "og/casecodes.h"
#include "og/ogregisters.h"
#include "og/retention.h"

#include <QDate>
#include <QRandomGenerator>

#include <algorithm>

namespace lk {

namespace {

struct DemoCase {
    QDate opened;
    const char* kind;
    const char* ageBand;
    const char* path;
    const char* responsible;
    const char* background;
    int meetings;                 // how many meetings discuss it
    const char* outcome;          // null while open
    const char* status = nullptr; // "ny" for a case just opened; otherwise from the outcome
    bool consent = true;
    QDate thinned = {}; // a case already thinned: no text left about the person
};

// Invented cases; the background says what a real one would say, without anything that points at a person.
const QList<DemoCase> demoCases{
    {QDate(2021, 2, 9), "individ", "15_17", "utbildning", "Socialfältare",
     "Hög frånvaro, umgås med äldre i centrum på kvällstid.", 6, "brot_trenden"},
    {QDate(2021, 3, 9), "grupp", "15_17", "annan_sysselsattning", "Fritidsfältare",
     "Grupp som samlas vid pendeltågsstationen, ordningsstörningar.", 8, "delvis"},
    {QDate(2021, 5, 11), "individ", "18_20", "arbete", "Socialfältare",
     "Misstänkt bruk av narkotika, saknar sysselsättning.", 5, "brot_trenden"},
    {QDate(2021, 9, 14), "individ", "under_15", "utbildning", "Skola",
     "Skolk och konflikter, oro från skolan.", 7, "okant"},
    {QDate(2021, 11, 9), "individ", "15_17", "annat_stod", "Socialfältare",
     "Kontakt med äldre ungdomar som misstänks för försäljning.", 6, "nej"},
    {QDate(2022, 2, 8), "grupp", "15_17", "annan_sysselsattning", "Fritidsfältare",
     "Ny grupp vid Rönninge centrum på helger.", 6, nullptr},
    {QDate(2022, 4, 12), "individ", "18_20", "arbete", "Polis",
     "Upprepade kontroller i trafiken, saknar arbete.", 4, "brot_trenden"},
    {QDate(2022, 9, 13), "individ", "15_17", "utbildning", "Skola",
     "Frånvaro efter sommarlovet, oro från vårdnadshavare.", 4, nullptr},
    {QDate(2022, 10, 11), "individ", "under_15", "annat_stod", "Socialfältare",
     "Ung person i äldre umgänge, kvällar i centrum.", 3, nullptr},
    // Opened at the last meeting, consent not yet given by the guardian.
    {QDate(2022, 12, 13), "individ", "under_15", "annat_stod", "Skola", "Oro från skolan efter höstlovet.", 1,
     nullptr, "ny", false},
    // Closed long ago and already thinned: its code, dates, path and outcome are all that is left.
    {QDate(2021, 1, 12), "grupp", "18_20", "arbete", "Polis", "", 3, "delvis", nullptr, true,
     QDate(2023, 5, 2)},
};

const QStringList notes{
    QStringLiteral("Kontakt etablerad, vårdnadshavare informerade."),
    QStringLiteral("Samtal genomfört, motivation finns."),
    QStringLiteral("Skolan rapporterar bättre närvaro."),
    QStringLiteral("Ingen förändring sedan förra mötet."),
    QStringLiteral("Har börjat på fritidsgården regelbundet."),
    QStringLiteral("Praktikplats diskuterad med arbetsmarknadsenheten."),
};
const QStringList decisions{
    QStringLiteral("Fältarna följer upp till nästa möte."),
    QStringLiteral("Skolan kallar till möte med vårdnadshavare."),
    QStringLiteral("Polisen håller kontakt vid helgkontroller."),
    QStringLiteral("Fortsatt bevakning."),
};
const QStringList actions{
    QStringLiteral("Kontakta skolan om frånvaron"),
    QStringLiteral("Boka möte med vårdnadshavare"),
    QStringLiteral("Ta fram lägesbild för centrum inför helgen"),
    QStringLiteral("Bjuda in arbetsmarknadsenheten till nästa möte"),
    QStringLiteral("Följa upp anmälan om skadegörelse"),
    QStringLiteral("Informera om sommarlovsaktiviteter"),
};

// The second Tuesday of a month, when this invented group meets.
QDate meetingDay(int year, int month) {
    QDate day(year, month, 1);
    while (day.dayOfWeek() != Qt::Tuesday)
        day = day.addDays(1);
    return day.addDays(7);
}

// The sample's case `index`, or for a larger municipality one more like it, some days apart, within the
// period.
DemoCase caseFor(const DemoScope& scope, int index) {
    DemoCase demo = demoCases.at(index % demoCases.size());
    const int round = index / int(demoCases.size());
    demo.opened = scope.shifted(demo.opened);
    if (round > 0)
        demo.opened = std::clamp(demo.opened.addDays(round % 2 ? -9 * round : 9 * round),
                                 scope.start().addDays(7), scope.end().addDays(-21));
    if (demo.thinned.isValid())
        demo.thinned = scope.shifted(demo.thinned);
    if (!scope.latestPeriod) {
        // An earlier period's cases were all closed by its end.
        if (!demo.outcome)
            demo.outcome = index % 2 ? "delvis" : "brot_trenden";
        demo.status = nullptr;
        demo.consent = true;
    } else if (!scope.isSample() && demo.thinned.isValid() && demo.thinned > scope.end()) {
        demo.thinned = {}; // not yet thinned: that day has not come
    }
    return demo;
}

} // namespace

Status OgDemo::fill(const Repository& repository, const DemoScope& scope, qint64 promiseId) {
    QRandomGenerator random(scope.seeded(20210101));
    const DemoWriter writer(repository, scope.space);
    const qint64 municipalityId = scope.municipalityId;

    // Meetings: every month, but July (both years) and August of the first, as the status reports tell.
    QList<Record> meetings;
    for (int year : {scope.firstYear, scope.lastYear()}) {
        for (int month = 1; month <= 12; ++month) {
            if (month == 7 || (year == scope.firstYear && month == 8))
                continue;
            const QDate held = meetingDay(year, month);
            auto meeting = writer.add(
                OgRegisters::meetings(), isoDate(held), held,
                {{ogMeetings::municipalityId, municipalityId},
                 {ogMeetings::promiseId, promiseId},
                 {ogMeetings::heldOn, held},
                 {ogMeetings::place, QStringLiteral("Kommunhuset, rum Uttran")},
                 {ogMeetings::chair, QStringLiteral("Säkerhetssamordnaren")},
                 {ogMeetings::agenda,
                  QStringLiteral(
                      "1. Föregående minnesanteckningar\n2. Lägesbild\n3. Ärenden\n4. Åtgärder\n5. Övrigt")},
                 {ogMeetings::minutes,
                  scope.local("Lägesbilden gicks igenom. Fältarna rapporterade från helgerna i Salem och "
                              "Rönninge centrum; polisen från sina kontroller. Ärendena diskuterades enligt "
                              "nedan.")}});
            if (!meeting)
                return meeting.error();
            meetings.append(*meeting);
            // The leisure centre's staff, an organisation the seed does not name, come now and then.
            QStringList present = OgRegisters::organisations();
            if (month % 3 == 0)
                present << QStringLiteral("Fritidsgården");
            for (const QString& organisation : std::as_const(present)) {
                const bool pair = organisation == QStringLiteral("Socialfältare") ||
                                  organisation == QStringLiteral("Fritidsfältare");
                const int count = pair ? 1 + int(random.bounded(2)) : int(random.bounded(5) == 0 ? 0 : 1);
                auto attended = writer.add(OgRegisters::attendance(), isoDate(held) + organisation, held,
                                           {{ogAttendance::meetingId, meeting->id},
                                            {ogAttendance::organisation, organisation},
                                            {ogAttendance::present, count}});
                if (!attended)
                    return attended.error();
            }
            for (int a = 0; a < 1 + int(random.bounded(2)); ++a) {
                const QDate due = held.addDays(14 + 7 * int(random.bounded(3)));
                // Most are done in time; some of the last ones are still open.
                const bool open =
                    scope.latestPeriod && held.year() == scope.lastYear() && held.month() >= 10 && a == 0;
                QVariantMap values{
                    {actionItems::meetingId, meeting->id},
                    {actionItems::what, actions.at(int(random.bounded(actions.size())))},
                    {actionItems::responsible, OgRegisters::organisations().at(int(random.bounded(5)))},
                    {actionItems::dueOn, due},
                    {actionItems::status, open ? QStringLiteral("oppen") : QStringLiteral("klar")}};
                if (!open)
                    values.insert(actionItems::doneOn, due.addDays(-int(random.bounded(5))));
                auto action =
                    writer.add(OgRegisters::actionItems(), isoDate(held) + QString::number(a), held, values);
                if (!action)
                    return action.error();
            }
        }
    }

    // Cases, each discussed at the meetings after it opened; more in a larger municipality.
    QMap<int, int> perYear;
    for (int index = 0; index < scope.scaled(demoCases.size()); ++index) {
        DemoCase demo = caseFor(scope, index);
        const int number = ++perYear[demo.opened.year()];
        const QString code = CaseCodes::format(demo.opened.year(), number);
        QList<Record> discussed;
        for (const Record& meeting : std::as_const(meetings)) {
            if (meeting.value(ogMeetings::heldOn).toDate() >= demo.opened && discussed.size() < demo.meetings)
                discussed.append(meeting);
        }
        const QDate last =
            discussed.isEmpty() ? demo.opened : discussed.last().value(ogMeetings::heldOn).toDate();
        // A case closed the retention time ago has been thinned since, a week or three after it was due.
        const QDate due = last.addMonths(Retention::defaultMonths).addDays(7 + index % 15);
        if (demo.outcome && scope.today.isValid() && due <= scope.today) {
            demo.thinned = due;
            demo.background = "";
        }
        const bool minor = OgRegisters::isMinor(QString::fromLatin1(demo.ageBand));
        QVariantMap values{{ogCases::municipalityId, municipalityId},
                           {ogCases::code, code},
                           {ogCases::openedOn, demo.opened},
                           {ogCases::kind, QString::fromLatin1(demo.kind)},
                           {ogCases::ageBand, QString::fromLatin1(demo.ageBand)},
                           {ogCases::status, demo.status    ? QString::fromLatin1(demo.status)
                                             : demo.outcome ? QStringLiteral("avslutad")
                                                            : QStringLiteral("pagaende")},
                           {ogCases::path, QString::fromLatin1(demo.path)},
                           {ogCases::responsible, QString::fromUtf8(demo.responsible)},
                           {ogCases::consent, demo.consent},
                           {ogCases::background, scope.local(demo.background)}};
        if (demo.consent) {
            values.insert(ogCases::consentBy,
                          minor ? QStringLiteral("vardnadshavare") : QStringLiteral("den_enskilde"));
            values.insert(ogCases::consentOn, demo.opened.addDays(7));
        }
        if (demo.thinned.isValid())
            values.insert(ogCases::thinnedOn, demo.thinned);
        if (demo.outcome) {
            values.insert(ogCases::outcome, QString::fromLatin1(demo.outcome));
            values.insert(ogCases::closedOn, last);
        }
        auto record = writer.add(OgRegisters::cases(), code, last, values);
        if (!record)
            return record.error();
        for (const Record& meeting : std::as_const(discussed)) {
            const QDate held = meeting.value(ogMeetings::heldOn).toDate();
            auto note = writer.add(
                OgRegisters::caseNotes(), code + isoDate(held), held,
                {{ogCaseNotes::caseId, record->id},
                 {ogCaseNotes::meetingId, meeting.id},
                 {ogCaseNotes::note,
                  demo.thinned.isValid() ? QString() : notes.at(int(random.bounded(notes.size())))},
                 {ogCaseNotes::decisions,
                  demo.thinned.isValid() ? QString() : decisions.at(int(random.bounded(decisions.size())))}});
            if (!note)
                return note.error();
        }
    }
    return {};
}

} // namespace lk
