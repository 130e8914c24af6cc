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

FieldSpec count(const QString& name, const char* label) {
    return FieldSpec::integer(name, label, 0, 100000);
}

// An activity: the municipality's, dated, newest first, counting for one of its promises, with a note last.
// Every activity's note is called `note` (visits::note, drugOperations::note, …).
RegisterSpec activity(RegisterSpec spec, const QString& dateField) {
    spec.fields.prepend(FieldSpec::date(dateField, QT_TRANSLATE_NOOP("lk::Fields", "Date")).required());
    spec.fields.prepend(CommonFields::municipality());
    spec.fields << CommonFields::countsFor()
                << FieldSpec::longText(visits::note, QT_TRANSLATE_NOOP("lk::Fields", "Note"));
    spec.orderBy = dateField + QStringLiteral(" DESC");
    spec.dateField = dateField;
    return spec;
}

} // namespace

const RegisterSpec& PoliceRegisters::units() {
    static const RegisterSpec spec{
        .table = units::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Unit"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New unit"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n unit(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Units visited"),
        .fields =
            {
                CommonFields::municipality(),
                FieldSpec::text(units::name, QT_TRANSLATE_NOOP("lk::Fields", "Name")).required(),
                FieldSpec::code(units::kind, QT_TRANSLATE_NOOP("lk::Fields", "Kind"), unitKindCodes)
                    .required(),
                FieldSpec::text(units::address, QT_TRANSLATE_NOOP("lk::Fields", "Address")),
            },
        .displayField = units::name,
        .orderBy = QStringLiteral("name COLLATE swedish"),
    };
    return spec;
}

const RegisterSpec& PoliceRegisters::visits() {
    static const RegisterSpec spec = activity(
        {
            .table = visits::table,
            .singular = QT_TRANSLATE_NOOP("lk::Fields", "Visit"),
            .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New visit"),
            .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n visit(s)"),
            .plural = QT_TRANSLATE_NOOP("lk::Fields", "Visits"),
            .fields =
                {
                    FieldSpec::reference(visits::unitId, QT_TRANSLATE_NOOP("lk::Fields", "Unit"),
                                         units::table)
                        .required(),
                    FieldSpec::code(visits::purpose, QT_TRANSLATE_NOOP("lk::Fields", "Purpose"), purposeCodes)
                        .required(),
                    FieldSpec::code(visits::initiatedBy, QT_TRANSLATE_NOOP("lk::Fields", "Initiated by"),
                                    initiatedByCodes)
                        .required(),
                    count(visits::pupils, QT_TRANSLATE_NOOP("lk::Fields", "Pupils reached")),
                    count(visits::staff, QT_TRANSLATE_NOOP("lk::Fields", "Staff reached")),
                    FieldSpec::text(visits::topic, QT_TRANSLATE_NOOP("lk::Fields", "Topic")),
                },
            .displayField = visits::visitedOn,
        },
        visits::visitedOn);
    return spec;
}

const RegisterSpec& PoliceRegisters::drugOperations() {
    static const RegisterSpec spec = activity(
        {
            .table = drugOperations::table,
            .singular = QT_TRANSLATE_NOOP("lk::Fields", "Drug operation"),
            .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New drug operation"),
            .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n drug operation(s)"),
            .plural = QT_TRANSLATE_NOOP("lk::Fields", "Drug operations"),
            .fields =
                {
                    FieldSpec::text(drugOperations::place, QT_TRANSLATE_NOOP("lk::Fields", "Place"))
                        .required(),
                    FieldSpec::integer(drugOperations::hours, QT_TRANSLATE_NOOP("lk::Fields", "Hours"), 0,
                                       200)
                        .doubtfulWhenZero(),
                    count(drugOperations::personsChecked, QT_TRANSLATE_NOOP("lk::Fields", "Persons checked")),
                    count(drugOperations::reportsOwnUse, QT_TRANSLATE_NOOP("lk::Fields", "Reports: own use")),
                    count(drugOperations::reportsSale,
                          QT_TRANSLATE_NOOP("lk::Fields", "Reports: supply or sale")),
                    count(drugOperations::reportsOther, QT_TRANSLATE_NOOP("lk::Fields", "Reports: other")),
                    FieldSpec::text(drugOperations::seizures, QT_TRANSLATE_NOOP("lk::Fields", "Seizures")),
                },
            .displayField = drugOperations::place,
        },
        drugOperations::heldOn);
    return spec;
}

const RegisterSpec& PoliceRegisters::trafficControls() {
    static const RegisterSpec spec = activity(
        {
            .table = trafficControls::table,
            .singular = QT_TRANSLATE_NOOP("lk::Fields", "Traffic control"),
            .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New traffic control"),
            .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n traffic control(s)"),
            .plural = QT_TRANSLATE_NOOP("lk::Fields", "Traffic controls"),
            .fields =
                {
                    FieldSpec::text(trafficControls::place, QT_TRANSLATE_NOOP("lk::Fields", "Place"))
                        .required(),
                    FieldSpec::integer(trafficControls::minutes,
                                       QT_TRANSLATE_NOOP("lk::Fields", "Duration (minutes)"), 0, 1440)
                        .doubtfulWhenZero(),
                    FieldSpec::codeSet(trafficControls::focus, QT_TRANSLATE_NOOP("lk::Fields", "Focus"),
                                       focusCodes)
                        .required(),
                    count(trafficControls::vehiclesChecked,
                          QT_TRANSLATE_NOOP("lk::Fields", "Vehicles checked"))
                        .doubtfulWhenZero(),
                    count(trafficControls::breathTests, QT_TRANSLATE_NOOP("lk::Fields", "Breath tests")),
                    count(trafficControls::reportsDrunk,
                          QT_TRANSLATE_NOOP("lk::Fields", "Reports: drink driving")),
                    count(trafficControls::reportsDrugs,
                          QT_TRANSLATE_NOOP("lk::Fields", "Reports: drug driving")),
                    count(trafficControls::reportsSpeed, QT_TRANSLATE_NOOP("lk::Fields", "Reports: speed")),
                    count(trafficControls::reportsOther, QT_TRANSLATE_NOOP("lk::Fields", "Reports: other")),
                },
            .displayField = trafficControls::place,
        },
        trafficControls::heldOn);
    return spec;
}

const RegisterSpec& PoliceRegisters::informationEfforts() {
    static const RegisterSpec spec = activity(
        {
            .table = informationEfforts::table,
            .singular = QT_TRANSLATE_NOOP("lk::Fields", "Information effort"),
            .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New information effort"),
            .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n information effort(s)"),
            .plural = QT_TRANSLATE_NOOP("lk::Fields", "Information efforts"),
            .fields =
                {
                    FieldSpec::code(informationEfforts::channel, QT_TRANSLATE_NOOP("lk::Fields", "Channel"),
                                    channelCodes)
                        .required(),
                    FieldSpec::text(informationEfforts::topic, QT_TRANSLATE_NOOP("lk::Fields", "Topic"))
                        .required(),
                    FieldSpec::code(informationEfforts::responsible,
                                    QT_TRANSLATE_NOOP("lk::Fields", "Responsible"),
                                    PromiseRegisters::responsibleCodes())
                        .required(),
                    count(informationEfforts::reach, QT_TRANSLATE_NOOP("lk::Fields", "Estimated reach")),
                },
            .displayField = informationEfforts::topic,
        },
        informationEfforts::heldOn);
    return spec;
}

const QList<CodeOption>& PoliceRegisters::unitKinds() {
    return unitKindCodes;
}

QList<const RegisterSpec*> PoliceRegisters::activities() {
    return {&visits(), &drugOperations(), &trafficControls(), &informationEfforts()};
}

} // namespace lk
