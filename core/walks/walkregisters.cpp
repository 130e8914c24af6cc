#include "walks/walkregisters.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTime>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::WalkRegisters)
};

// What an observation is about, and why a place feels unsafe: one list for both, so that the lägesbild and
// the walks speak the same language.
const QList<CodeOption> categoryCodes{
    {QStringLiteral("belysning"), QT_TRANSLATE_NOOP("lk::Codes", "Lighting")},
    {QStringLiteral("vaxtlighet"), QT_TRANSLATE_NOOP("lk::Codes", "Vegetation and bushes")},
    {QStringLiteral("skadegorelse"), QT_TRANSLATE_NOOP("lk::Codes", "Vandalism and graffiti")},
    {QStringLiteral("nedskrapning"), QT_TRANSLATE_NOOP("lk::Codes", "Litter")},
    {QStringLiteral("trafik"), QT_TRANSLATE_NOOP("lk::Codes", "Traffic")},
    {QStringLiteral("snorojning"), QT_TRANSLATE_NOOP("lk::Codes", "Snow clearing")},
    {QStringLiteral("ordningsstorning"), QT_TRANSLATE_NOOP("lk::Codes", "Disorder")},
    {QStringLiteral("trygg_plats"), QT_TRANSLATE_NOOP("lk::Codes", "Safe place")},
    {QStringLiteral("annat"), QT_TRANSLATE_NOOP("lk::Codes", "Other")},
};

const QList<CodeOption> levelCodes{
    {QStringLiteral("hog"), QT_TRANSLATE_NOOP("lk::Codes", "High insecurity")},
    {QStringLiteral("medel"), QT_TRANSLATE_NOOP("lk::Codes", "Medium insecurity")},
    {QStringLiteral("lag"), QT_TRANSLATE_NOOP("lk::Codes", "Low insecurity")},
};

const QList<CodeOption> sourceCodes{
    {QStringLiteral("trygghetsvandring"), QT_TRANSLATE_NOOP("lk::Codes", "Safety walk")},
    {QStringLiteral("medborgardialog"), QT_TRANSLATE_NOOP("lk::Codes", "Citizen dialogue")},
    {QStringLiteral("polisen"), QT_TRANSLATE_NOOP("lk::Codes", "Police intelligence")},
    {QStringLiteral("tips"), QT_TRANSLATE_NOOP("lk::Codes", "Tip")},
};

const QList<CodeOption> walkKindCodes{
    {QStringLiteral("fysisk"), QT_TRANSLATE_NOOP("lk::Codes", "Walk on site")},
    {QStringLiteral("digital"), QT_TRANSLATE_NOOP("lk::Codes", "Digital walk")},
};

const QList<CodeOption> lightCodes{
    {QStringLiteral("dagsljus"), QT_TRANSLATE_NOOP("lk::Codes", "Daylight")},
    {QStringLiteral("morker"), QT_TRANSLATE_NOOP("lk::Codes", "After dark")},
};

const QList<CodeOption> groupCodes{
    {QStringLiteral("boende"), QT_TRANSLATE_NOOP("lk::Codes", "Residents")},
    {QStringLiteral("kommunen"), QT_TRANSLATE_NOOP("lk::Codes", "The municipality")},
    {QStringLiteral("polisen"), QT_TRANSLATE_NOOP("lk::Codes", "The police")},
    {QStringLiteral("fastighetsagare"), QT_TRANSLATE_NOOP("lk::Codes", "Property owners")},
    {QStringLiteral("foreningar"), QT_TRANSLATE_NOOP("lk::Codes", "Associations")},
    {QStringLiteral("politiker"), QT_TRANSLATE_NOOP("lk::Codes", "Politicians")},
    {QStringLiteral("ovriga"), QT_TRANSLATE_NOOP("lk::Codes", "Others")},
};

const QList<CodeOption> priorityCodes{
    {QStringLiteral("hog"), QT_TRANSLATE_NOOP("lk::Codes", "High")},
    {QStringLiteral("medel"), QT_TRANSLATE_NOOP("lk::Codes", "Medium")},
    {QStringLiteral("lag"), QT_TRANSLATE_NOOP("lk::Codes", "Low")},
};

const QList<CodeOption> actionStatusCodes{
    {QStringLiteral("oppen"), QT_TRANSLATE_NOOP("lk::Codes", "Open")},
    {QStringLiteral("pagar"), QT_TRANSLATE_NOOP("lk::Codes", "In progress")},
    {QStringLiteral("atgardad"), QT_TRANSLATE_NOOP("lk::Codes", "Fixed")},
    {QStringLiteral("avvisad"), QT_TRANSLATE_NOOP("lk::Codes", "Rejected")},
};

// A pin: the map it is on, and where, as fractions of the map's width and height.
QList<FieldSpec> pinFields() {
    return {
        FieldSpec::link(pin::mapId, QT_TRANSLATE_NOOP("lk::Fields", "Map"), maps::table),
        FieldSpec::decimal(pin::pinX, QT_TRANSLATE_NOOP("lk::Fields", "Pin, across"), 0, 1).readOnly(),
        FieldSpec::decimal(pin::pinY, QT_TRANSLATE_NOOP("lk::Fields", "Pin, down"), 0, 1).readOnly(),
    };
}

// A pin whose map is gone (deleted, or not given) is no pin: both parts go with it.
void dropPinWithoutMap(Record& record) {
    if (!record.value(pin::mapId).isValid()) {
        record.values.remove(pin::pinX);
        record.values.remove(pin::pinY);
    }
}

Status pinRule(const RegisterSpec& spec, const Record& record) {
    if (record.value(pin::pinX).isValid() != record.value(pin::pinY).isValid())
        return Error{Text::tr("A pin needs both “%1” and “%2”.")
                         .arg(spec.labelOf(pin::pinX), spec.labelOf(pin::pinY))};
    return {};
}

Status walkRule(const RegisterSpec& spec, const Record& record) {
    const QString time = record.value(walks::startsAt).toString();
    if (!time.isEmpty() && !QTime::fromString(time, QStringLiteral("HH:mm")).isValid())
        return Error{Text::tr("“%1” is a time of day such as 18:30.").arg(spec.labelOf(walks::startsAt))};
    return {};
}

void deriveObservation(Record& record) {
    dropPinWithoutMap(record);
    // An action starts open; one that is fixed gets today as its date unless one is given.
    if (record.value(observations::action).isValid() && !record.value(observations::status).isValid())
        record.values.insert(observations::status, QStringLiteral("oppen"));
    const QString status = record.value(observations::status).toString();
    if (status == QStringLiteral("atgardad") && !record.value(observations::doneOn).isValid())
        record.values.insert(observations::doneOn, QDate::currentDate());
}

Status observationRule(const RegisterSpec& spec, const Record& record) {
    if (Status pinned = pinRule(spec, record); !pinned)
        return pinned;
    const bool hasAction = record.value(observations::action).isValid();
    if (!hasAction) {
        for (const Name& field : {observations::responsible, observations::priority, observations::dueOn,
                                  observations::status, observations::statusReason, observations::doneOn}) {
            if (record.value(field).isValid())
                return Error{Text::tr("“%1” belongs to an action: describe the action first (“%2”).")
                                 .arg(spec.labelOf(field), spec.labelOf(observations::action))};
        }
        return {};
    }
    const QString status = record.value(observations::status).toString();
    if (status == QStringLiteral("avvisad") && !record.value(observations::statusReason).isValid())
        return Error{Text::tr("An action that is rejected needs its reason (“%1”): practice is that every "
                              "item is fixed or gets a reason.")
                         .arg(spec.labelOf(observations::statusReason))};
    if (status != QStringLiteral("atgardad") && record.value(observations::doneOn).isValid())
        return Error{Text::tr("“%1” is given only for an action that is fixed.")
                         .arg(spec.labelOf(observations::doneOn))};
    return {};
}

} // namespace

const RegisterSpec& WalkRegisters::maps() {
    static const RegisterSpec spec{
        .table = maps::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Map"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New map"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n map(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Maps"),
        .fields =
            {
                CommonFields::municipality(),
                FieldSpec::text(maps::name, QT_TRANSLATE_NOOP("lk::Fields", "Name")).required(),
                FieldSpec::image(maps::image, QT_TRANSLATE_NOOP("lk::Fields", "Map image"), mapSide)
                    .required(),
                FieldSpec::text(maps::note, QT_TRANSLATE_NOOP("lk::Fields", "Source and date")),
            },
        .displayField = maps::name,
        .orderBy = QStringLiteral("name COLLATE swedish"),
    };
    return spec;
}

const RegisterSpec& WalkRegisters::places() {
    static const RegisterSpec spec{
        .table = places::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Place"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New place"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n place(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Unsafe places"),
        .fields =
            QList<FieldSpec>{
                CommonFields::municipality(),
                FieldSpec::text(places::name, QT_TRANSLATE_NOOP("lk::Fields", "Name")).required(),
                FieldSpec::text(places::address, QT_TRANSLATE_NOOP("lk::Fields", "Address")),
                FieldSpec::code(places::category, QT_TRANSLATE_NOOP("lk::Fields", "Category"), categoryCodes)
                    .required(),
                FieldSpec::longText(places::description,
                                    QT_TRANSLATE_NOOP("lk::Fields", "Why it feels unsafe")),
            } +
            pinFields(),
        .displayField = places::name,
        .orderBy = QStringLiteral("name COLLATE swedish"),
        .rule = pinRule,
        .derive = dropPinWithoutMap,
    };
    return spec;
}

const RegisterSpec& WalkRegisters::placeAssessments() {
    static const RegisterSpec spec{
        .table = placeAssessments::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Assessment"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New assessment"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n assessment(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Place assessments"),
        .fields =
            {
                FieldSpec::reference(placeAssessments::placeId, QT_TRANSLATE_NOOP("lk::Fields", "Place"),
                                     places::table)
                    .required(),
                FieldSpec::date(placeAssessments::assessedOn, QT_TRANSLATE_NOOP("lk::Fields", "Date"))
                    .required(),
                FieldSpec::code(placeAssessments::level, QT_TRANSLATE_NOOP("lk::Fields", "Insecurity"),
                                levelCodes)
                    .required(),
                FieldSpec::code(placeAssessments::source, QT_TRANSLATE_NOOP("lk::Fields", "Source"),
                                sourceCodes)
                    .required(),
                FieldSpec::text(placeAssessments::note, QT_TRANSLATE_NOOP("lk::Fields", "Note")),
            },
        .displayField = placeAssessments::assessedOn,
        .orderBy = QStringLiteral("assessed_on DESC"),
    };
    return spec;
}

const RegisterSpec& WalkRegisters::walks() {
    static const RegisterSpec spec{
        .table = walks::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Safety walk"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New safety walk"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n safety walk(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Safety walks"),
        .fields =
            {
                CommonFields::municipality(),
                FieldSpec::date(walks::walkedOn, QT_TRANSLATE_NOOP("lk::Fields", "Date")).required(),
                FieldSpec::code(walks::kind, QT_TRANSLATE_NOOP("lk::Fields", "Kind"), walkKindCodes)
                    .required(),
                FieldSpec::text(walks::startsAt, QT_TRANSLATE_NOOP("lk::Fields", "Starts at")),
                FieldSpec::code(walks::light, QT_TRANSLATE_NOOP("lk::Fields", "Light"), lightCodes),
                FieldSpec::text(walks::area, QT_TRANSLATE_NOOP("lk::Fields", "Area")).required(),
                FieldSpec::longText(walks::route, QT_TRANSLATE_NOOP("lk::Fields", "Route")),
                FieldSpec::text(walks::organiser, QT_TRANSLATE_NOOP("lk::Fields", "Organiser"))
                    .withSuggestions({QStringLiteral("Kommunen och polisen"), QStringLiteral("Kommunen")}),
                FieldSpec::link(walks::mapId, QT_TRANSLATE_NOOP("lk::Fields", "Map"), maps::table),
                FieldSpec::longText(walks::summary, QT_TRANSLATE_NOOP("lk::Fields", "Summary")),
                CommonFields::countsFor(),
            },
        .displayField = walks::area,
        .orderBy = QStringLiteral("walked_on DESC"),
        .rule = walkRule,
        .dateField = walks::walkedOn,
    };
    return spec;
}

const RegisterSpec& WalkRegisters::participants() {
    static const RegisterSpec spec{
        .table = walkParticipants::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Participants"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New participant group"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n participant group(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Walk participants"),
        .fields =
            {
                FieldSpec::reference(walkParticipants::walkId, QT_TRANSLATE_NOOP("lk::Fields", "Safety walk"),
                                     walks::table)
                    .required(),
                FieldSpec::code(walkParticipants::participantGroup, QT_TRANSLATE_NOOP("lk::Fields", "Group"),
                                groupCodes)
                    .required(),
                FieldSpec::integer(walkParticipants::count, QT_TRANSLATE_NOOP("lk::Fields", "Number"), 0,
                                   10000)
                    .required(),
            },
        .displayField = walkParticipants::participantGroup,
        .orderBy = QStringLiteral("id"),
    };
    return spec;
}

const RegisterSpec& WalkRegisters::observations() {
    static const RegisterSpec spec{
        .table = observations::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Observation"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New observation"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n observation(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Observations"),
        .fields =
            QList<FieldSpec>{
                FieldSpec::reference(observations::walkId, QT_TRANSLATE_NOOP("lk::Fields", "Safety walk"),
                                     walks::table)
                    .required(),
                FieldSpec::link(observations::placeId, QT_TRANSLATE_NOOP("lk::Fields", "Place"),
                                places::table),
                FieldSpec::code(observations::category, QT_TRANSLATE_NOOP("lk::Fields", "Category"),
                                categoryCodes)
                    .required(),
                FieldSpec::longText(observations::description, QT_TRANSLATE_NOOP("lk::Fields", "Description"))
                    .required(),
                FieldSpec::boolean(observations::sentIn,
                                   QT_TRANSLATE_NOOP("lk::Fields", "Sent in by a citizen")),
                FieldSpec::image(observations::photo, QT_TRANSLATE_NOOP("lk::Fields", "Photo"), photoSide),
            } +
            pinFields() +
            QList<FieldSpec>{
                FieldSpec::text(observations::action, QT_TRANSLATE_NOOP("lk::Fields", "Action")),
                FieldSpec::text(observations::responsible, QT_TRANSLATE_NOOP("lk::Fields", "Responsible"))
                    .withSuggestions({QStringLiteral("Gatuenheten"), QStringLiteral("Parkenheten"),
                                      QStringLiteral("Fastighetsägaren"), QStringLiteral("Polisen"),
                                      QStringLiteral("Trafikverket")}),
                FieldSpec::code(observations::priority, QT_TRANSLATE_NOOP("lk::Fields", "Priority"),
                                priorityCodes),
                FieldSpec::date(observations::dueOn, QT_TRANSLATE_NOOP("lk::Fields", "Due on")),
                FieldSpec::code(observations::status, QT_TRANSLATE_NOOP("lk::Fields", "Action status"),
                                actionStatusCodes),
                FieldSpec::text(observations::statusReason, QT_TRANSLATE_NOOP("lk::Fields", "Reason")),
                FieldSpec::date(observations::doneOn, QT_TRANSLATE_NOOP("lk::Fields", "Fixed on")),
            },
        .displayField = observations::description,
        .orderBy = QStringLiteral("id"),
        .rule = observationRule,
        .derive = deriveObservation,
        // An action follows from the walk: it cannot be due before it.
        .notBeforeOwner = {{observations::dueOn, walks::walkedOn,
                            QT_TRANSLATE_NOOP("lk::Fields", "the walk's date")}},
    };
    return spec;
}

} // namespace lk
