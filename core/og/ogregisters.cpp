#include "og/ogregisters.h"

#include "common/isodate.h"
#include "register/fieldrules.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include "register/repository.h"

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::OgRegisters)
};

const QList<CodeOption> kindCodes{
    {QStringLiteral("individ"), QT_TRANSLATE_NOOP("lk::Codes", "Individual")},
    {QStringLiteral("grupp"), QT_TRANSLATE_NOOP("lk::Codes", "Group")},
};

const QList<CodeOption> ageBandCodes{
    {QStringLiteral("under_15"), QT_TRANSLATE_NOOP("lk::Codes", "Under 15")},
    {QStringLiteral("15_17"), QT_TRANSLATE_NOOP("lk::Codes", "15–17")},
    {QStringLiteral("18_20"), QT_TRANSLATE_NOOP("lk::Codes", "18–20")},
    {QStringLiteral("21_plus"), QT_TRANSLATE_NOOP("lk::Codes", "21 and over")},
};

const QList<CodeOption> caseStatusCodes{
    {QStringLiteral("ny"), QT_TRANSLATE_NOOP("lk::Codes", "New")},
    {QStringLiteral("pagaende"), QT_TRANSLATE_NOOP("lk::Codes", "Ongoing")},
    {QStringLiteral("avslutad"), QT_TRANSLATE_NOOP("lk::Codes", "Closed")},
};

// The ways out of a beginning criminal lifestyle that the promise names.
const QList<CodeOption> pathCodes{
    {QStringLiteral("utbildning"), QT_TRANSLATE_NOOP("lk::Codes", "Education")},
    {QStringLiteral("arbete"), QT_TRANSLATE_NOOP("lk::Codes", "Work")},
    {QStringLiteral("annan_sysselsattning"), QT_TRANSLATE_NOOP("lk::Codes", "Other occupation")},
    {QStringLiteral("annat_stod"), QT_TRANSLATE_NOOP("lk::Codes", "Other support")},
};

const QList<CodeOption> outcomeCodes{
    {QStringLiteral("brot_trenden"), QT_TRANSLATE_NOOP("lk::Codes", "Broke the trend")},
    {QStringLiteral("delvis"), QT_TRANSLATE_NOOP("lk::Codes", "Partly")},
    {QStringLiteral("nej"), QT_TRANSLATE_NOOP("lk::Codes", "No")},
    {QStringLiteral("okant"), QT_TRANSLATE_NOOP("lk::Codes", "Unknown")},
};

const QList<CodeOption> consentByCodes{
    {QStringLiteral("vardnadshavare"), QT_TRANSLATE_NOOP("lk::Codes", "Guardian")},
    {QStringLiteral("den_enskilde"), QT_TRANSLATE_NOOP("lk::Codes", "The person (18 or over)")},
};

const QList<CodeOption> actionStatusCodes{
    {QStringLiteral("oppen"), QT_TRANSLATE_NOOP("lk::Codes", "Open")},
    {QStringLiteral("pagar"), QT_TRANSLATE_NOOP("lk::Codes", "In progress")},
    {QStringLiteral("klar"), QT_TRANSLATE_NOOP("lk::Codes", "Finished")},
    {QStringLiteral("struken"), QT_TRANSLATE_NOOP("lk::Codes", "Cancelled")},
};

Status caseRules(const RegisterSpec& spec, const Record& record) {
    static const QRegularExpression codeFormat(QStringLiteral("^OG-\\d{4}-\\d{3}$"));
    const QString code = record.value(ogCases::code).toString();
    if (!codeFormat.match(code).hasMatch())
        return Error{Text::tr("“%1” must look like OG-2021-007; it is given by Löfteskollen.")
                         .arg(spec.labelOf(ogCases::code))};
    const QString status = record.value(ogCases::status).toString();
    const bool closed = status == QStringLiteral("avslutad");
    if (closed && !record.value(ogCases::closedOn).isValid())
        return Error{Text::tr("A closed case needs “%1”.").arg(spec.labelOf(ogCases::closedOn))};
    if (closed && !record.value(ogCases::outcome).isValid())
        return Error{Text::tr("A closed case needs “%1”.").arg(spec.labelOf(ogCases::outcome))};
    if (!closed && record.value(ogCases::outcome).isValid())
        return Error{Text::tr("“%1” is given when the case is closed.").arg(spec.labelOf(ogCases::outcome))};
    if (Status inOrder = FieldRules::notBefore(spec, record, ogCases::closedOn, ogCases::openedOn); !inOrder)
        return inOrder;
    if (record.value(ogCases::consent).toBool()) {
        const QString by = record.value(ogCases::consentBy).toString();
        if (by.isEmpty())
            return Error{Text::tr("Say who gave the consent (“%1”).").arg(spec.labelOf(ogCases::consentBy))};
        if (OgRegisters::isMinor(record.value(ogCases::ageBand).toString()) &&
            by != QStringLiteral("vardnadshavare"))
            return Error{Text::tr("“%1”: for someone under 18 the guardian gives the consent.")
                             .arg(spec.labelOf(ogCases::consentBy))};
    }
    return {};
}

Status actionRules(const RegisterSpec& spec, const Record& record) {
    if (record.value(actionItems::doneOn).isValid() &&
        record.value(actionItems::status).toString() != QStringLiteral("klar"))
        return Error{
            Text::tr("“%1” is given when the action is done.").arg(spec.labelOf(actionItems::doneOn))};
    return {};
}

// An action is done on the day it is marked done, unless it says otherwise; an action not done has no done
// date.
void doneDate(Record& action) {
    if (action.value(actionItems::status).toString() != QStringLiteral("klar"))
        action.values.remove(actionItems::doneOn);
    else if (!action.value(actionItems::doneOn).isValid())
        action.values.insert(actionItems::doneOn, QDate::currentDate());
}

bool holdsAboutPerson(const RegisterSpec& spec, const Record& record) {
    for (const FieldSpec& field : spec.fields) {
        if (field.aboutPerson && record.value(field.name).isValid())
            return true;
    }
    return false;
}

Error bringsBackThinned(const Record& thinnedCase) {
    return Error{Text::tr("Case %1 was thinned on %2: what was written about it is no longer kept, and an "
                          "import may not bring it back. Nothing was imported. Import an export made after "
                          "the thinning, or take that case's text out of the file.")
                     .arg(thinnedCase.value(ogCases::code).toString(),
                          isoDate(thinnedCase.value(ogCases::thinnedOn).toDate()))};
}

// Thinning is not undone by importing an older export: text for a thinned case is refused, never stored,
// and an export from before the thinning keeps the thinning's date.
Result<Record> keepThinned(const Repository&, const Record& stored, Record incoming) {
    const QVariant thinned = stored.value(ogCases::thinnedOn);
    if (!thinned.isValid())
        return incoming;
    if (holdsAboutPerson(OgRegisters::cases(), incoming))
        return bringsBackThinned(stored);
    incoming.values.insert(ogCases::thinnedOn, thinned);
    return incoming;
}

// Nor does an import bring notes back to the discussions of a thinned case.
Result<Record> keepNoteThinned(const Repository& repository, const Record& stored, Record incoming) {
    auto owner = repository.findById(OgRegisters::cases(), stored.value(ogCaseNotes::caseId).toLongLong());
    if (owner && *owner && (*owner)->value(ogCases::thinnedOn).isValid() &&
        holdsAboutPerson(OgRegisters::caseNotes(), incoming))
        return bringsBackThinned(**owner);
    return incoming;
}

} // namespace

QStringList OgRegisters::organisations() {
    return {QStringLiteral("Socialfältare"), QStringLiteral("Fritidsfältare"), QStringLiteral("Skola"),
            QStringLiteral("Säkerhetssamordnare"), QStringLiteral("Polis")};
}

bool OgRegisters::isMinor(const QString& ageBand) {
    return ageBand == QStringLiteral("under_15") || ageBand == QStringLiteral("15_17");
}

const RegisterSpec& OgRegisters::meetings() {
    static const RegisterSpec spec{
        .table = ogMeetings::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Meeting"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New meeting"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n meeting(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Meetings"),
        .fields =
            {
                CommonFields::municipality(),
                CommonFields::countsFor(),
                FieldSpec::date(ogMeetings::heldOn, QT_TRANSLATE_NOOP("lk::Fields", "Date")).required(),
                FieldSpec::text(ogMeetings::place, QT_TRANSLATE_NOOP("lk::Fields", "Place")),
                FieldSpec::text(ogMeetings::chair, QT_TRANSLATE_NOOP("lk::Fields", "Chair")),
                FieldSpec::longText(ogMeetings::agenda, QT_TRANSLATE_NOOP("lk::Fields", "Agenda")),
                FieldSpec::longText(ogMeetings::minutes, QT_TRANSLATE_NOOP("lk::Fields", "Minutes")),
            },
        .displayField = ogMeetings::heldOn,
        .orderBy = QStringLiteral("held_on DESC"),
        .dateField = ogMeetings::heldOn,
    };
    return spec;
}

const RegisterSpec& OgRegisters::attendance() {
    static const RegisterSpec spec{
        .table = ogAttendance::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Attendance"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New attendance"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n attendance row(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Attendance"),
        .fields =
            {
                FieldSpec::reference(ogAttendance::meetingId, QT_TRANSLATE_NOOP("lk::Fields", "Meeting"),
                                     ogMeetings::table)
                    .required(),
                FieldSpec::text(ogAttendance::organisation, QT_TRANSLATE_NOOP("lk::Fields", "Organisation"))
                    .required()
                    .withSuggestions(organisations())
                    .notSearched(),
                FieldSpec::integer(ogAttendance::present, QT_TRANSLATE_NOOP("lk::Fields", "Present"), 0, 500)
                    .required(),
            },
        .displayField = ogAttendance::organisation,
        .orderBy = ogAttendance::organisation,
    };
    return spec;
}

const RegisterSpec& OgRegisters::cases() {
    static const RegisterSpec spec{
        .table = ogCases::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Case"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New case"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n case(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Cases"),
        .fields =
            {
                CommonFields::municipality(),
                FieldSpec::text(ogCases::code, QT_TRANSLATE_NOOP("lk::Fields", "Case code"))
                    .required()
                    .readOnly(),
                FieldSpec::date(ogCases::openedOn, QT_TRANSLATE_NOOP("lk::Fields", "Opened on")).required(),
                FieldSpec::code(ogCases::kind, QT_TRANSLATE_NOOP("lk::Fields", "Individual or group"),
                                kindCodes)
                    .required(),
                FieldSpec::code(ogCases::ageBand, QT_TRANSLATE_NOOP("lk::Fields", "Age"), ageBandCodes)
                    .required(),
                FieldSpec::code(ogCases::status, QT_TRANSLATE_NOOP("lk::Fields", "Status"), caseStatusCodes)
                    .required(),
                FieldSpec::code(ogCases::path, QT_TRANSLATE_NOOP("lk::Fields", "Path chosen"), pathCodes),
                FieldSpec::text(ogCases::responsible, QT_TRANSLATE_NOOP("lk::Fields", "Responsible"))
                    .withSuggestions(organisations()),
                FieldSpec::boolean(ogCases::consent, QT_TRANSLATE_NOOP("lk::Fields", "Consent recorded")),
                FieldSpec::code(ogCases::consentBy, QT_TRANSLATE_NOOP("lk::Fields", "Consent given by"),
                                consentByCodes),
                FieldSpec::date(ogCases::consentOn, QT_TRANSLATE_NOOP("lk::Fields", "Consent given on")),
                FieldSpec::longText(ogCases::background,
                                    QT_TRANSLATE_NOOP("lk::Fields", "Background (no names)"))
                    .describesPerson(),
                FieldSpec::code(ogCases::outcome, QT_TRANSLATE_NOOP("lk::Fields", "Outcome"), outcomeCodes),
                FieldSpec::date(ogCases::closedOn, QT_TRANSLATE_NOOP("lk::Fields", "Closed on")),
                FieldSpec::date(ogCases::thinnedOn, QT_TRANSLATE_NOOP("lk::Fields", "Thinned on")).readOnly(),
            },
        .displayField = ogCases::code,
        .orderBy = ogCases::code,
        .rule = caseRules,
        .onImport = keepThinned,
    };
    return spec;
}

const RegisterSpec& OgRegisters::caseNotes() {
    static const RegisterSpec spec{
        .table = ogCaseNotes::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Case discussion"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New case discussion"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n case discussion(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Case discussions"),
        .fields =
            {
                FieldSpec::reference(ogCaseNotes::caseId, QT_TRANSLATE_NOOP("lk::Fields", "Case"),
                                     ogCases::table)
                    .required(),
                FieldSpec::reference(ogCaseNotes::meetingId, QT_TRANSLATE_NOOP("lk::Fields", "Meeting"),
                                     ogMeetings::table)
                    .required(),
                FieldSpec::longText(ogCaseNotes::note, QT_TRANSLATE_NOOP("lk::Fields", "Note"))
                    .describesPerson(),
                FieldSpec::longText(ogCaseNotes::decisions, QT_TRANSLATE_NOOP("lk::Fields", "Decisions"))
                    .describesPerson(),
            },
        .displayField = ogCaseNotes::note,
        .orderBy = QStringLiteral("id"),
        .onImport = keepNoteThinned,
    };
    return spec;
}

const RegisterSpec& OgRegisters::actionItems() {
    static const RegisterSpec spec{
        .table = actionItems::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Action item"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New action item"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n action item(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Action items"),
        .fields =
            {
                FieldSpec::reference(actionItems::meetingId, QT_TRANSLATE_NOOP("lk::Fields", "Meeting"),
                                     ogMeetings::table)
                    .required(),
                FieldSpec::text(actionItems::what, QT_TRANSLATE_NOOP("lk::Fields", "What")).required(),
                FieldSpec::text(actionItems::responsible, QT_TRANSLATE_NOOP("lk::Fields", "Responsible"))
                    .required()
                    .withSuggestions(organisations()),
                FieldSpec::date(actionItems::dueOn, QT_TRANSLATE_NOOP("lk::Fields", "Due")),
                FieldSpec::code(actionItems::status, QT_TRANSLATE_NOOP("lk::Fields", "Status"),
                                actionStatusCodes)
                    .required(),
                FieldSpec::date(actionItems::doneOn, QT_TRANSLATE_NOOP("lk::Fields", "Done on")),
            },
        .displayField = actionItems::what,
        // Open items first, soonest due first: the list is for following up.
        .orderBy = QStringLiteral("CASE status WHEN 'oppen' THEN 0 WHEN 'pagar' THEN 0 ELSE 1 END, due_on"),
        .rule = actionRules,
        .derive = doneDate,
        // An action is decided at its meeting: it cannot be due before it.
        .notBeforeOwner = {{actionItems::dueOn, ogMeetings::heldOn,
                            QT_TRANSLATE_NOOP("lk::Fields", "the meeting's date")}},
    };
    return spec;
}

} // namespace lk
