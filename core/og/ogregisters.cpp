#include "og/ogregisters.h"

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

QString label(const char* field) {
    return QCoreApplication::translate("lk::Fields", field);
}

Status caseRules(const Record& record) {
    static const QRegularExpression codeFormat(QStringLiteral("^OG-\\d{4}-\\d{3}$"));
    const QString code = record.value(QStringLiteral("code")).toString();
    if (!codeFormat.match(code).hasMatch())
        return Error{Text::tr("“%1” must look like OG-2021-007; it is given by Löfteskollen.")
                         .arg(label("Case code"))};
    const QString status = record.value(QStringLiteral("status")).toString();
    const bool closed = status == QStringLiteral("avslutad");
    if (closed && !record.value(QStringLiteral("closed_on")).isValid())
        return Error{Text::tr("A closed case needs “%1”.").arg(label("Closed on"))};
    if (closed && !record.value(QStringLiteral("outcome")).isValid())
        return Error{Text::tr("A closed case needs “%1”.").arg(label("Outcome"))};
    if (!closed && record.value(QStringLiteral("outcome")).isValid())
        return Error{Text::tr("“%1” is given when the case is closed.").arg(label("Outcome"))};
    const QDate opened = record.value(QStringLiteral("opened_on")).toDate();
    const QDate closedOn = record.value(QStringLiteral("closed_on")).toDate();
    if (opened.isValid() && closedOn.isValid() && closedOn < opened)
        return Error{Text::tr("“%1” (%2) is before “%3” (%4).")
                         .arg(label("Closed on"), closedOn.toString(Qt::ISODate), label("Opened on"),
                              opened.toString(Qt::ISODate))};
    if (record.value(QStringLiteral("consent")).toBool()) {
        const QString by = record.value(QStringLiteral("consent_by")).toString();
        if (by.isEmpty())
            return Error{Text::tr("Say who gave the consent (“%1”).").arg(label("Consent given by"))};
        if (OgRegisters::isMinor(record.value(QStringLiteral("age_band")).toString()) &&
            by != QStringLiteral("vardnadshavare"))
            return Error{Text::tr("“%1”: for someone under 18 the guardian gives the consent.")
                             .arg(label("Consent given by"))};
    }
    return {};
}

Status actionRules(const Record& record) {
    if (record.value(QStringLiteral("done_on")).isValid() &&
        record.value(QStringLiteral("status")).toString() != QStringLiteral("klar"))
        return Error{Text::tr("“%1” is given when the action is done.").arg(label("Done on"))};
    return {};
}

// An action is done on the day it is marked done, unless it says otherwise; an action not done has no done
// date.
void doneDate(Record& action) {
    if (action.value(QStringLiteral("status")).toString() != QStringLiteral("klar"))
        action.values.remove(QStringLiteral("done_on"));
    else if (!action.value(QStringLiteral("done_on")).isValid())
        action.values.insert(QStringLiteral("done_on"), QDate::currentDate());
}

Record withoutAboutPerson(const RegisterSpec& spec, Record record) {
    for (const FieldSpec& field : spec.fields) {
        if (field.aboutPerson)
            record.values.remove(field.name);
    }
    return record;
}

// Thinning is not undone by importing an older export: a thinned case keeps its date and gets no text back.
Record keepThinned(const Repository&, const Record& stored, Record incoming) {
    const QVariant thinned = stored.value(QStringLiteral("thinned_on"));
    if (!thinned.isValid())
        return incoming;
    incoming = withoutAboutPerson(OgRegisters::cases(), incoming);
    incoming.values.insert(QStringLiteral("thinned_on"), thinned);
    return incoming;
}

// Nor does an older export bring back the notes of a thinned case's discussions.
Record keepNoteThinned(const Repository& repository, const Record& stored, Record incoming) {
    auto owner =
        repository.findById(OgRegisters::cases(), stored.value(QStringLiteral("case_id")).toLongLong());
    if (owner && *owner && (*owner)->value(QStringLiteral("thinned_on")).isValid() &&
        !stored.value(QStringLiteral("note")).isValid() &&
        !stored.value(QStringLiteral("decisions")).isValid())
        return withoutAboutPerson(OgRegisters::caseNotes(), incoming);
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
        QStringLiteral("og_meetings"),
        QT_TRANSLATE_NOOP("lk::Fields", "Meeting"),
        QT_TRANSLATE_NOOP("lk::Fields", "New meeting"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n meeting(s)"),
        {
            FieldSpec::reference(QStringLiteral("municipality_id"),
                                 QT_TRANSLATE_NOOP("lk::Fields", "Municipality"),
                                 QStringLiteral("municipalities"))
                .required(),
            FieldSpec::link(QStringLiteral("promise_id"),
                            QT_TRANSLATE_NOOP("lk::Fields", "Counts for promise"),
                            QStringLiteral("promises")),
            FieldSpec::date(QStringLiteral("held_on"), QT_TRANSLATE_NOOP("lk::Fields", "Date")).required(),
            FieldSpec::text(QStringLiteral("place"), QT_TRANSLATE_NOOP("lk::Fields", "Place")),
            FieldSpec::text(QStringLiteral("chair"), QT_TRANSLATE_NOOP("lk::Fields", "Chair")),
            FieldSpec::longText(QStringLiteral("agenda"), QT_TRANSLATE_NOOP("lk::Fields", "Agenda")),
            FieldSpec::longText(QStringLiteral("minutes"), QT_TRANSLATE_NOOP("lk::Fields", "Minutes")),
        },
        QStringLiteral("held_on"),
        QStringLiteral("held_on DESC"),
        {},
        {},
        {},
        {},
        QStringLiteral("held_on"),
    };
    return spec;
}

const RegisterSpec& OgRegisters::attendance() {
    static const RegisterSpec spec{
        QStringLiteral("og_attendance"),
        QT_TRANSLATE_NOOP("lk::Fields", "Attendance"),
        QT_TRANSLATE_NOOP("lk::Fields", "New attendance"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n attendance row(s)"),
        {
            FieldSpec::reference(QStringLiteral("meeting_id"), QT_TRANSLATE_NOOP("lk::Fields", "Meeting"),
                                 QStringLiteral("og_meetings"))
                .required(),
            FieldSpec::text(QStringLiteral("organisation"), QT_TRANSLATE_NOOP("lk::Fields", "Organisation"))
                .required()
                .withSuggestions(organisations()),
            FieldSpec::integer(QStringLiteral("present"), QT_TRANSLATE_NOOP("lk::Fields", "Present"), 0, 500)
                .required(),
        },
        QStringLiteral("organisation"),
        QStringLiteral("organisation"),
        {},
        {},
    };
    return spec;
}

const RegisterSpec& OgRegisters::cases() {
    static const RegisterSpec spec{
        QStringLiteral("og_cases"),
        QT_TRANSLATE_NOOP("lk::Fields", "Case"),
        QT_TRANSLATE_NOOP("lk::Fields", "New case"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n case(s)"),
        {
            FieldSpec::reference(QStringLiteral("municipality_id"),
                                 QT_TRANSLATE_NOOP("lk::Fields", "Municipality"),
                                 QStringLiteral("municipalities"))
                .required(),
            FieldSpec::text(QStringLiteral("code"), QT_TRANSLATE_NOOP("lk::Fields", "Case code"))
                .required()
                .readOnly(),
            FieldSpec::date(QStringLiteral("opened_on"), QT_TRANSLATE_NOOP("lk::Fields", "Opened on"))
                .required(),
            FieldSpec::code(QStringLiteral("kind"), QT_TRANSLATE_NOOP("lk::Fields", "Individual or group"),
                            kindCodes)
                .required(),
            FieldSpec::code(QStringLiteral("age_band"), QT_TRANSLATE_NOOP("lk::Fields", "Age"), ageBandCodes)
                .required(),
            FieldSpec::code(QStringLiteral("status"), QT_TRANSLATE_NOOP("lk::Fields", "Status"),
                            caseStatusCodes)
                .required(),
            FieldSpec::code(QStringLiteral("path"), QT_TRANSLATE_NOOP("lk::Fields", "Path chosen"),
                            pathCodes),
            FieldSpec::text(QStringLiteral("responsible"), QT_TRANSLATE_NOOP("lk::Fields", "Responsible"))
                .withSuggestions(organisations()),
            FieldSpec::boolean(QStringLiteral("consent"),
                               QT_TRANSLATE_NOOP("lk::Fields", "Consent recorded")),
            FieldSpec::code(QStringLiteral("consent_by"), QT_TRANSLATE_NOOP("lk::Fields", "Consent given by"),
                            consentByCodes),
            FieldSpec::date(QStringLiteral("consent_on"),
                            QT_TRANSLATE_NOOP("lk::Fields", "Consent given on")),
            FieldSpec::longText(QStringLiteral("background"),
                                QT_TRANSLATE_NOOP("lk::Fields", "Background (no names)"))
                .describesPerson(),
            FieldSpec::code(QStringLiteral("outcome"), QT_TRANSLATE_NOOP("lk::Fields", "Outcome"),
                            outcomeCodes),
            FieldSpec::date(QStringLiteral("closed_on"), QT_TRANSLATE_NOOP("lk::Fields", "Closed on")),
            FieldSpec::date(QStringLiteral("thinned_on"), QT_TRANSLATE_NOOP("lk::Fields", "Thinned on"))
                .readOnly(),
        },
        QStringLiteral("code"),
        QStringLiteral("code"),
        {},
        caseRules,
        {},
        keepThinned,
    };
    return spec;
}

const RegisterSpec& OgRegisters::caseNotes() {
    static const RegisterSpec spec{
        QStringLiteral("og_case_notes"),
        QT_TRANSLATE_NOOP("lk::Fields", "Case discussion"),
        QT_TRANSLATE_NOOP("lk::Fields", "New case discussion"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n case discussion(s)"),
        {
            FieldSpec::reference(QStringLiteral("case_id"), QT_TRANSLATE_NOOP("lk::Fields", "Case"),
                                 QStringLiteral("og_cases"))
                .required(),
            FieldSpec::reference(QStringLiteral("meeting_id"), QT_TRANSLATE_NOOP("lk::Fields", "Meeting"),
                                 QStringLiteral("og_meetings"))
                .required(),
            FieldSpec::longText(QStringLiteral("note"), QT_TRANSLATE_NOOP("lk::Fields", "Note"))
                .describesPerson(),
            FieldSpec::longText(QStringLiteral("decisions"), QT_TRANSLATE_NOOP("lk::Fields", "Decisions"))
                .describesPerson(),
        },
        QStringLiteral("note"),
        QStringLiteral("id"),
        {},
        {},
        {},
        keepNoteThinned,
    };
    return spec;
}

const RegisterSpec& OgRegisters::actionItems() {
    static const RegisterSpec spec{
        QStringLiteral("action_items"),
        QT_TRANSLATE_NOOP("lk::Fields", "Action item"),
        QT_TRANSLATE_NOOP("lk::Fields", "New action item"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n action item(s)"),
        {
            FieldSpec::reference(QStringLiteral("meeting_id"), QT_TRANSLATE_NOOP("lk::Fields", "Meeting"),
                                 QStringLiteral("og_meetings"))
                .required(),
            FieldSpec::text(QStringLiteral("what"), QT_TRANSLATE_NOOP("lk::Fields", "What")).required(),
            FieldSpec::text(QStringLiteral("responsible"), QT_TRANSLATE_NOOP("lk::Fields", "Responsible"))
                .required()
                .withSuggestions(organisations()),
            FieldSpec::date(QStringLiteral("due_on"), QT_TRANSLATE_NOOP("lk::Fields", "Due")),
            FieldSpec::code(QStringLiteral("status"), QT_TRANSLATE_NOOP("lk::Fields", "Status"),
                            actionStatusCodes)
                .required(),
            FieldSpec::date(QStringLiteral("done_on"), QT_TRANSLATE_NOOP("lk::Fields", "Done on")),
        },
        QStringLiteral("what"),
        // Open items first, soonest due first: the list is for following up.
        QStringLiteral("CASE status WHEN 'oppen' THEN 0 WHEN 'pagar' THEN 0 ELSE 1 END, due_on"),
        {},
        actionRules,
        doneDate,
    };
    return spec;
}

} // namespace lk
