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

QString label(const char* field) {
    return QCoreApplication::translate("lk::Fields", field);
}

FieldSpec municipality() {
    return FieldSpec::reference(QStringLiteral("municipality_id"),
                                QT_TRANSLATE_NOOP("lk::Fields", "Municipality"),
                                QStringLiteral("municipalities"))
        .required();
}

// A pin: the map it is on, and where, as fractions of the map's width and height.
QList<FieldSpec> pinFields() {
    return {
        FieldSpec::link(QStringLiteral("map_id"), QT_TRANSLATE_NOOP("lk::Fields", "Map"),
                        QStringLiteral("maps")),
        FieldSpec::decimal(QStringLiteral("pin_x"), QT_TRANSLATE_NOOP("lk::Fields", "Pin, across"), 0, 1)
            .readOnly(),
        FieldSpec::decimal(QStringLiteral("pin_y"), QT_TRANSLATE_NOOP("lk::Fields", "Pin, down"), 0, 1)
            .readOnly(),
    };
}

// A pin whose map is gone (deleted, or not given) is no pin: both parts go with it.
void dropPinWithoutMap(Record& record) {
    if (!record.value(QStringLiteral("map_id")).isValid()) {
        record.values.remove(QStringLiteral("pin_x"));
        record.values.remove(QStringLiteral("pin_y"));
    }
}

Status pinRule(const Record& record) {
    if (record.value(QStringLiteral("pin_x")).isValid() != record.value(QStringLiteral("pin_y")).isValid())
        return Error{
            Text::tr("A pin needs both “%1” and “%2”.").arg(label("Pin, across"), label("Pin, down"))};
    return {};
}

Status walkRule(const Record& record) {
    const QString time = record.value(QStringLiteral("starts_at")).toString();
    if (!time.isEmpty() && !QTime::fromString(time, QStringLiteral("HH:mm")).isValid())
        return Error{Text::tr("“%1” is a time of day such as 18:30.").arg(label("Starts at"))};
    return {};
}

void deriveObservation(Record& record) {
    dropPinWithoutMap(record);
    // An action starts open; one that is fixed gets today as its date unless one is given.
    if (record.value(QStringLiteral("action")).isValid() && !record.value(QStringLiteral("status")).isValid())
        record.values.insert(QStringLiteral("status"), QStringLiteral("oppen"));
    const QString status = record.value(QStringLiteral("status")).toString();
    if (status == QStringLiteral("atgardad") && !record.value(QStringLiteral("done_on")).isValid())
        record.values.insert(QStringLiteral("done_on"), QDate::currentDate());
}

Status observationRule(const Record& record) {
    if (Status pin = pinRule(record); !pin)
        return pin;
    const bool hasAction = record.value(QStringLiteral("action")).isValid();
    if (!hasAction) {
        for (const auto& [field, fieldLabel] :
             {std::pair{"responsible", "Responsible"}, std::pair{"priority", "Priority"},
              std::pair{"due_on", "Due on"}, std::pair{"status", "Action status"},
              std::pair{"status_reason", "Reason"}, std::pair{"done_on", "Fixed on"}}) {
            if (record.value(QString::fromLatin1(field)).isValid())
                return Error{Text::tr("“%1” belongs to an action: describe the action first (“%2”).")
                                 .arg(label(fieldLabel), label("Action"))};
        }
        return {};
    }
    const QString status = record.value(QStringLiteral("status")).toString();
    if (status == QStringLiteral("avvisad") && !record.value(QStringLiteral("status_reason")).isValid())
        return Error{Text::tr("An action that is rejected needs its reason (“%1”): practice is that every "
                              "item is fixed or gets a reason.")
                         .arg(label("Reason"))};
    if (status != QStringLiteral("atgardad") && record.value(QStringLiteral("done_on")).isValid())
        return Error{Text::tr("“%1” is given only for an action that is fixed.").arg(label("Fixed on"))};
    return {};
}

} // namespace

const RegisterSpec& WalkRegisters::maps() {
    static const RegisterSpec spec{
        QStringLiteral("maps"),
        QT_TRANSLATE_NOOP("lk::Fields", "Map"),
        QT_TRANSLATE_NOOP("lk::Fields", "New map"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n map(s)"),
        {
            municipality(),
            FieldSpec::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("lk::Fields", "Name")).required(),
            FieldSpec::image(QStringLiteral("image"), QT_TRANSLATE_NOOP("lk::Fields", "Map image"), mapSide)
                .required(),
            FieldSpec::text(QStringLiteral("note"), QT_TRANSLATE_NOOP("lk::Fields", "Source and date")),
        },
        QStringLiteral("name"),
        QStringLiteral("name COLLATE swedish"),
        {},
        {},
    };
    return spec;
}

const RegisterSpec& WalkRegisters::places() {
    static const RegisterSpec spec{
        QStringLiteral("places"),
        QT_TRANSLATE_NOOP("lk::Fields", "Place"),
        QT_TRANSLATE_NOOP("lk::Fields", "New place"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n place(s)"),
        QList<FieldSpec>{
            municipality(),
            FieldSpec::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("lk::Fields", "Name")).required(),
            FieldSpec::text(QStringLiteral("address"), QT_TRANSLATE_NOOP("lk::Fields", "Address")),
            FieldSpec::code(QStringLiteral("category"), QT_TRANSLATE_NOOP("lk::Fields", "Category"),
                            categoryCodes)
                .required(),
            FieldSpec::longText(QStringLiteral("description"),
                                QT_TRANSLATE_NOOP("lk::Fields", "Why it feels unsafe")),
        } + pinFields(),
        QStringLiteral("name"),
        QStringLiteral("name COLLATE swedish"),
        {},
        pinRule,
        dropPinWithoutMap,
    };
    return spec;
}

const RegisterSpec& WalkRegisters::placeAssessments() {
    static const RegisterSpec spec{
        QStringLiteral("place_assessments"),
        QT_TRANSLATE_NOOP("lk::Fields", "Assessment"),
        QT_TRANSLATE_NOOP("lk::Fields", "New assessment"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n assessment(s)"),
        {
            FieldSpec::reference(QStringLiteral("place_id"), QT_TRANSLATE_NOOP("lk::Fields", "Place"),
                                 QStringLiteral("places"))
                .required(),
            FieldSpec::date(QStringLiteral("assessed_on"), QT_TRANSLATE_NOOP("lk::Fields", "Date"))
                .required(),
            FieldSpec::code(QStringLiteral("level"), QT_TRANSLATE_NOOP("lk::Fields", "Insecurity"),
                            levelCodes)
                .required(),
            FieldSpec::code(QStringLiteral("source"), QT_TRANSLATE_NOOP("lk::Fields", "Source"), sourceCodes)
                .required(),
            FieldSpec::text(QStringLiteral("note"), QT_TRANSLATE_NOOP("lk::Fields", "Note")),
        },
        QStringLiteral("assessed_on"),
        QStringLiteral("assessed_on DESC"),
        {},
        {},
    };
    return spec;
}

const RegisterSpec& WalkRegisters::walks() {
    static const RegisterSpec spec{
        QStringLiteral("walks"),
        QT_TRANSLATE_NOOP("lk::Fields", "Safety walk"),
        QT_TRANSLATE_NOOP("lk::Fields", "New safety walk"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n safety walk(s)"),
        {
            municipality(),
            FieldSpec::date(QStringLiteral("walked_on"), QT_TRANSLATE_NOOP("lk::Fields", "Date")).required(),
            FieldSpec::code(QStringLiteral("kind"), QT_TRANSLATE_NOOP("lk::Fields", "Kind"), walkKindCodes)
                .required(),
            FieldSpec::text(QStringLiteral("starts_at"), QT_TRANSLATE_NOOP("lk::Fields", "Starts at")),
            FieldSpec::code(QStringLiteral("light"), QT_TRANSLATE_NOOP("lk::Fields", "Light"), lightCodes),
            FieldSpec::text(QStringLiteral("area"), QT_TRANSLATE_NOOP("lk::Fields", "Area")).required(),
            FieldSpec::longText(QStringLiteral("route"), QT_TRANSLATE_NOOP("lk::Fields", "Route")),
            FieldSpec::text(QStringLiteral("organiser"), QT_TRANSLATE_NOOP("lk::Fields", "Organiser"))
                .withSuggestions({QStringLiteral("Kommunen och polisen"), QStringLiteral("Kommunen")}),
            FieldSpec::link(QStringLiteral("map_id"), QT_TRANSLATE_NOOP("lk::Fields", "Map"),
                            QStringLiteral("maps")),
            FieldSpec::longText(QStringLiteral("summary"), QT_TRANSLATE_NOOP("lk::Fields", "Summary")),
            FieldSpec::link(QStringLiteral("promise_id"),
                            QT_TRANSLATE_NOOP("lk::Fields", "Counts for promise"),
                            QStringLiteral("promises")),
        },
        QStringLiteral("area"),
        QStringLiteral("walked_on DESC"),
        {},
        walkRule,
        {},
        {},
        QStringLiteral("walked_on"),
    };
    return spec;
}

const RegisterSpec& WalkRegisters::participants() {
    static const RegisterSpec spec{
        QStringLiteral("walk_participants"),
        QT_TRANSLATE_NOOP("lk::Fields", "Participants"),
        QT_TRANSLATE_NOOP("lk::Fields", "New participant group"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n participant group(s)"),
        {
            FieldSpec::reference(QStringLiteral("walk_id"), QT_TRANSLATE_NOOP("lk::Fields", "Safety walk"),
                                 QStringLiteral("walks"))
                .required(),
            FieldSpec::code(QStringLiteral("participant_group"), QT_TRANSLATE_NOOP("lk::Fields", "Group"),
                            groupCodes)
                .required(),
            FieldSpec::integer(QStringLiteral("count"), QT_TRANSLATE_NOOP("lk::Fields", "Number"), 0, 10000)
                .required(),
        },
        QStringLiteral("participant_group"),
        QStringLiteral("id"),
        {},
        {},
    };
    return spec;
}

const RegisterSpec& WalkRegisters::observations() {
    static const RegisterSpec spec{
        QStringLiteral("observations"),
        QT_TRANSLATE_NOOP("lk::Fields", "Observation"),
        QT_TRANSLATE_NOOP("lk::Fields", "New observation"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n observation(s)"),
        QList<FieldSpec>{
            FieldSpec::reference(QStringLiteral("walk_id"), QT_TRANSLATE_NOOP("lk::Fields", "Safety walk"),
                                 QStringLiteral("walks"))
                .required(),
            FieldSpec::link(QStringLiteral("place_id"), QT_TRANSLATE_NOOP("lk::Fields", "Place"),
                            QStringLiteral("places")),
            FieldSpec::code(QStringLiteral("category"), QT_TRANSLATE_NOOP("lk::Fields", "Category"),
                            categoryCodes)
                .required(),
            FieldSpec::longText(QStringLiteral("description"), QT_TRANSLATE_NOOP("lk::Fields", "Description"))
                .required(),
            FieldSpec::boolean(QStringLiteral("sent_in"),
                               QT_TRANSLATE_NOOP("lk::Fields", "Sent in by a citizen")),
            FieldSpec::image(QStringLiteral("photo"), QT_TRANSLATE_NOOP("lk::Fields", "Photo"), photoSide),
        } + pinFields() +
            QList<FieldSpec>{
                FieldSpec::text(QStringLiteral("action"), QT_TRANSLATE_NOOP("lk::Fields", "Action")),
                FieldSpec::text(QStringLiteral("responsible"), QT_TRANSLATE_NOOP("lk::Fields", "Responsible"))
                    .withSuggestions({QStringLiteral("Gatuenheten"), QStringLiteral("Parkenheten"),
                                      QStringLiteral("Fastighetsägaren"), QStringLiteral("Polisen"),
                                      QStringLiteral("Trafikverket")}),
                FieldSpec::code(QStringLiteral("priority"), QT_TRANSLATE_NOOP("lk::Fields", "Priority"),
                                priorityCodes),
                FieldSpec::date(QStringLiteral("due_on"), QT_TRANSLATE_NOOP("lk::Fields", "Due on")),
                FieldSpec::code(QStringLiteral("status"), QT_TRANSLATE_NOOP("lk::Fields", "Action status"),
                                actionStatusCodes),
                FieldSpec::text(QStringLiteral("status_reason"), QT_TRANSLATE_NOOP("lk::Fields", "Reason")),
                FieldSpec::date(QStringLiteral("done_on"), QT_TRANSLATE_NOOP("lk::Fields", "Fixed on")),
            },
        QStringLiteral("description"),
        QStringLiteral("id"),
        {},
        observationRule,
        deriveObservation,
    };
    return spec;
}

} // namespace lk
