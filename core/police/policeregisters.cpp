#include "police/policeregisters.h"

#include "promises/promiseregisters.h"

namespace lk {

namespace {

const QList<CodeOption> unitKindCodes{
    {QStringLiteral("skola"), QT_TRANSLATE_NOOP("lk::Codes", "School")},
    {QStringLiteral("fritidsgard"), QT_TRANSLATE_NOOP("lk::Codes", "Leisure centre")},
    {QStringLiteral("socialtjanst"), QT_TRANSLATE_NOOP("lk::Codes", "Social services")},
    {QStringLiteral("annan"), QT_TRANSLATE_NOOP("lk::Codes", "Other unit")},
};

const QList<CodeOption> purposeCodes{
    {QStringLiteral("kontakt"), QT_TRANSLATE_NOOP("lk::Codes", "Contact")},
    {QStringLiteral("forebyggande"), QT_TRANSLATE_NOOP("lk::Codes", "Preventive effort")},
    {QStringLiteral("forelasning"), QT_TRANSLATE_NOOP("lk::Codes", "Lecture")},
    {QStringLiteral("samverkansmote"), QT_TRANSLATE_NOOP("lk::Codes", "Cooperation meeting")},
};

// The seed stresses preventive efforts that the school asks for; who took the initiative is kept.
const QList<CodeOption> initiatedByCodes{
    {QStringLiteral("skolan"), QT_TRANSLATE_NOOP("lk::Codes", "The school or unit")},
    {QStringLiteral("polisen"), QT_TRANSLATE_NOOP("lk::Codes", "The police")},
    {QStringLiteral("annan"), QT_TRANSLATE_NOOP("lk::Codes", "Someone else")},
};

const QList<CodeOption> focusCodes{
    {QStringLiteral("livsstilskriminella"), QT_TRANSLATE_NOOP("lk::Codes", "Lifestyle criminals")},
    {QStringLiteral("drograttfylleri"), QT_TRANSLATE_NOOP("lk::Codes", "Drug driving")},
    {QStringLiteral("rattfylleri"), QT_TRANSLATE_NOOP("lk::Codes", "Drink driving")},
    {QStringLiteral("hastighet"), QT_TRANSLATE_NOOP("lk::Codes", "Speed")},
    {QStringLiteral("annat"), QT_TRANSLATE_NOOP("lk::Codes", "Other dangerous driving")},
};

const QList<CodeOption> channelCodes{
    {QStringLiteral("sociala_medier"), QT_TRANSLATE_NOOP("lk::Codes", "Social media")},
    {QStringLiteral("nyhetsbrev"), QT_TRANSLATE_NOOP("lk::Codes", "Newsletter")},
    {QStringLiteral("mote"), QT_TRANSLATE_NOOP("lk::Codes", "Meeting")},
    {QStringLiteral("press"), QT_TRANSLATE_NOOP("lk::Codes", "Press")},
    {QStringLiteral("skola"), QT_TRANSLATE_NOOP("lk::Codes", "School")},
};

// Every activity belongs to a municipality and may count for one of its promises.
FieldSpec municipality() {
    return FieldSpec::reference(QStringLiteral("municipality_id"),
                                QT_TRANSLATE_NOOP("lk::Fields", "Municipality"),
                                QStringLiteral("municipalities"))
        .required();
}

FieldSpec countsFor() {
    return FieldSpec::link(QStringLiteral("promise_id"),
                           QT_TRANSLATE_NOOP("lk::Fields", "Counts for promise"), QStringLiteral("promises"));
}

FieldSpec count(const QString& name, const char* label) {
    return FieldSpec::integer(name, label, 0, 100000);
}

// An activity: the municipality's, dated, newest first, counting for a promise, with a note last.
RegisterSpec activity(const QString& table, const char* singular, const char* newTitle, const char* countText,
                      const QString& dateField, const QString& displayField, QList<FieldSpec> fields) {
    fields.prepend(FieldSpec::date(dateField, QT_TRANSLATE_NOOP("lk::Fields", "Date")).required());
    fields.prepend(municipality());
    fields << countsFor()
           << FieldSpec::longText(QStringLiteral("note"), QT_TRANSLATE_NOOP("lk::Fields", "Note"));
    return {table, singular, newTitle, countText, fields,   displayField, dateField + QStringLiteral(" DESC"),
            {},    {},       {},       {},        dateField};
}

} // namespace

const RegisterSpec& PoliceRegisters::units() {
    static const RegisterSpec spec{
        QStringLiteral("units"),
        QT_TRANSLATE_NOOP("lk::Fields", "Unit"),
        QT_TRANSLATE_NOOP("lk::Fields", "New unit"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n unit(s)"),
        {
            municipality(),
            FieldSpec::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("lk::Fields", "Name")).required(),
            FieldSpec::code(QStringLiteral("kind"), QT_TRANSLATE_NOOP("lk::Fields", "Kind"), unitKindCodes)
                .required(),
            FieldSpec::text(QStringLiteral("address"), QT_TRANSLATE_NOOP("lk::Fields", "Address")),
        },
        QStringLiteral("name"),
        QStringLiteral("name COLLATE swedish"),
        {},
        {},
    };
    return spec;
}

const RegisterSpec& PoliceRegisters::visits() {
    static const RegisterSpec spec = activity(
        QStringLiteral("visits"), QT_TRANSLATE_NOOP("lk::Fields", "Visit"),
        QT_TRANSLATE_NOOP("lk::Fields", "New visit"), QT_TRANSLATE_N_NOOP("lk::Fields", "%n visit(s)"),
        QStringLiteral("visited_on"), QStringLiteral("visited_on"),
        {
            FieldSpec::reference(QStringLiteral("unit_id"), QT_TRANSLATE_NOOP("lk::Fields", "Unit"),
                                 QStringLiteral("units"))
                .required(),
            FieldSpec::code(QStringLiteral("purpose"), QT_TRANSLATE_NOOP("lk::Fields", "Purpose"),
                            purposeCodes)
                .required(),
            FieldSpec::code(QStringLiteral("initiated_by"), QT_TRANSLATE_NOOP("lk::Fields", "Initiated by"),
                            initiatedByCodes)
                .required(),
            count(QStringLiteral("pupils"), QT_TRANSLATE_NOOP("lk::Fields", "Pupils reached")),
            count(QStringLiteral("staff"), QT_TRANSLATE_NOOP("lk::Fields", "Staff reached")),
            FieldSpec::text(QStringLiteral("topic"), QT_TRANSLATE_NOOP("lk::Fields", "Topic")),
        });
    return spec;
}

const RegisterSpec& PoliceRegisters::drugOperations() {
    static const RegisterSpec spec = activity(
        QStringLiteral("drug_operations"), QT_TRANSLATE_NOOP("lk::Fields", "Drug operation"),
        QT_TRANSLATE_NOOP("lk::Fields", "New drug operation"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n drug operation(s)"), QStringLiteral("held_on"),
        QStringLiteral("place"),
        {
            FieldSpec::text(QStringLiteral("place"), QT_TRANSLATE_NOOP("lk::Fields", "Place")).required(),
            FieldSpec::integer(QStringLiteral("hours"), QT_TRANSLATE_NOOP("lk::Fields", "Hours"), 0, 200),
            count(QStringLiteral("persons_checked"), QT_TRANSLATE_NOOP("lk::Fields", "Persons checked")),
            count(QStringLiteral("reports_own_use"), QT_TRANSLATE_NOOP("lk::Fields", "Reports: own use")),
            count(QStringLiteral("reports_sale"), QT_TRANSLATE_NOOP("lk::Fields", "Reports: supply or sale")),
            count(QStringLiteral("reports_other"), QT_TRANSLATE_NOOP("lk::Fields", "Reports: other")),
            FieldSpec::text(QStringLiteral("seizures"), QT_TRANSLATE_NOOP("lk::Fields", "Seizures")),
        });
    return spec;
}

const RegisterSpec& PoliceRegisters::trafficControls() {
    static const RegisterSpec spec = activity(
        QStringLiteral("traffic_controls"), QT_TRANSLATE_NOOP("lk::Fields", "Traffic control"),
        QT_TRANSLATE_NOOP("lk::Fields", "New traffic control"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n traffic control(s)"), QStringLiteral("held_on"),
        QStringLiteral("place"),
        {
            FieldSpec::text(QStringLiteral("place"), QT_TRANSLATE_NOOP("lk::Fields", "Place")).required(),
            FieldSpec::integer(QStringLiteral("minutes"),
                               QT_TRANSLATE_NOOP("lk::Fields", "Duration (minutes)"), 0, 1440),
            FieldSpec::codeSet(QStringLiteral("focus"), QT_TRANSLATE_NOOP("lk::Fields", "Focus"), focusCodes)
                .required(),
            count(QStringLiteral("vehicles_checked"), QT_TRANSLATE_NOOP("lk::Fields", "Vehicles checked")),
            count(QStringLiteral("breath_tests"), QT_TRANSLATE_NOOP("lk::Fields", "Breath tests")),
            count(QStringLiteral("reports_drunk"), QT_TRANSLATE_NOOP("lk::Fields", "Reports: drink driving")),
            count(QStringLiteral("reports_drugs"), QT_TRANSLATE_NOOP("lk::Fields", "Reports: drug driving")),
            count(QStringLiteral("reports_speed"), QT_TRANSLATE_NOOP("lk::Fields", "Reports: speed")),
            count(QStringLiteral("reports_other"), QT_TRANSLATE_NOOP("lk::Fields", "Reports: other")),
        });
    return spec;
}

const RegisterSpec& PoliceRegisters::informationEfforts() {
    static const RegisterSpec spec = activity(
        QStringLiteral("information_efforts"), QT_TRANSLATE_NOOP("lk::Fields", "Information effort"),
        QT_TRANSLATE_NOOP("lk::Fields", "New information effort"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n information effort(s)"), QStringLiteral("held_on"),
        QStringLiteral("topic"),
        {
            FieldSpec::code(QStringLiteral("channel"), QT_TRANSLATE_NOOP("lk::Fields", "Channel"),
                            channelCodes)
                .required(),
            FieldSpec::text(QStringLiteral("topic"), QT_TRANSLATE_NOOP("lk::Fields", "Topic")).required(),
            FieldSpec::code(QStringLiteral("responsible"), QT_TRANSLATE_NOOP("lk::Fields", "Responsible"),
                            PromiseRegisters::responsibleCodes())
                .required(),
            count(QStringLiteral("reach"), QT_TRANSLATE_NOOP("lk::Fields", "Estimated reach")),
        });
    return spec;
}

const QList<CodeOption>& PoliceRegisters::unitKinds() {
    return unitKindCodes;
}

QList<const RegisterSpec*> PoliceRegisters::activities() {
    return {&visits(), &drugOperations(), &trafficControls(), &informationEfforts()};
}

} // namespace lk
