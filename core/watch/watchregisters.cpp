#include "watch/watchregisters.h"

#include <QCoreApplication>
#include <QDate>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::WatchRegisters)
};

const QList<CodeOption> housingCodes{
    {QStringLiteral("villa"), QT_TRANSLATE_NOOP("lk::Codes", "Detached houses (villor)")},
    {QStringLiteral("radhus"), QT_TRANSLATE_NOOP("lk::Codes", "Terraced houses (radhus)")},
    {QStringLiteral("flerbostadshus"),
     QT_TRANSLATE_NOOP("lk::Codes", "Apartment buildings (flerbostadshus)")},
    {QStringLiteral("blandat"), QT_TRANSLATE_NOOP("lk::Codes", "Mixed housing")},
};

const QList<CodeOption> channelCodes{
    {QStringLiteral("epost"), QT_TRANSLATE_NOOP("lk::Codes", "E-mail")},
    {QStringLiteral("sms"), QT_TRANSLATE_NOOP("lk::Codes", "Text message (SMS)")},
    {QStringLiteral("sociala_medier"), QT_TRANSLATE_NOOP("lk::Codes", "Social media")},
};

const QList<CodeOption> areaStatusCodes{
    {QStringLiteral("aktiv"), QT_TRANSLATE_NOOP("lk::Codes", "Active")},
    {QStringLiteral("vilande"), QT_TRANSLATE_NOOP("lk::Codes", "Dormant")},
    {QStringLiteral("avslutad"), QT_TRANSLATE_NOOP("lk::Codes", "Ended")},
};

const QList<CodeOption> eventKindCodes{
    {QStringLiteral("utbildning"), QT_TRANSLATE_NOOP("lk::Codes", "Training")},
    {QStringLiteral("uppstartsmote"), QT_TRANSLATE_NOOP("lk::Codes", "Start-up meeting")},
    {QStringLiteral("arsmote"), QT_TRANSLATE_NOOP("lk::Codes", "Annual meeting")},
    {QStringLiteral("nyhetsbrev"), QT_TRANSLATE_NOOP("lk::Codes", "Newsletter sent")},
    {QStringLiteral("brandskydd"), QT_TRANSLATE_NOOP("lk::Codes", "Fire-safety information")},
};

QString label(const char* field) {
    return QCoreApplication::translate("lk::Fields", field);
}

QString iso(const QDate& date) {
    return date.toString(Qt::ISODate);
}

Status areaRule(const Record& record) {
    if (!record.value(QStringLiteral("contact_consent")).toBool() &&
        (record.value(QStringLiteral("contact_name")).isValid() ||
         record.value(QStringLiteral("contact_phone")).isValid()))
        return Error{WatchRegisters::consentRule()};
    const QVariant households = record.value(QStringLiteral("households"));
    const QVariant joined = record.value(QStringLiteral("households_joined"));
    if (households.isValid() && joined.isValid() && joined.toLongLong() > households.toLongLong())
        return Error{Text::tr("“%1” (%2) is more than “%3” (%4).")
                         .arg(label("Households joined"))
                         .arg(joined.toLongLong())
                         .arg(label("Households in the area"))
                         .arg(households.toLongLong())};
    // Whether an area counted in a year depends on when it went dormant or ended.
    const bool active = record.value(QStringLiteral("status")).toString() == QStringLiteral("aktiv");
    const QDate started = record.value(QStringLiteral("started_on")).toDate();
    const QDate ended = record.value(QStringLiteral("ended_on")).toDate();
    if (!active && !ended.isValid())
        return Error{
            Text::tr("An area that is dormant or ended needs “%1”: from that day it no longer counts "
                     "as active.")
                .arg(label("Dormant or ended since"))};
    if (active && ended.isValid())
        return Error{Text::tr("An active area has no “%1”: empty it, or change the status.")
                         .arg(label("Dormant or ended since"))};
    if (started.isValid() && ended.isValid() && ended < started)
        return Error{Text::tr("“%1” (%2) is before “%3” (%4).")
                         .arg(label("Dormant or ended since"), iso(ended), label("Started"), iso(started))};
    return {};
}

} // namespace

QString WatchRegisters::consentRule() {
    return Text::tr("The main contact's name and phone number are stored only with their consent: tick “%1” "
                    "first, or leave them out and count the contact persons only.")
        .arg(label("The contact has consented"));
}

const RegisterSpec& WatchRegisters::areas() {
    static const RegisterSpec spec{
        QStringLiteral("watch_areas"),
        QT_TRANSLATE_NOOP("lk::Fields", "Neighbourhood-watch area"),
        QT_TRANSLATE_NOOP("lk::Fields", "New neighbourhood-watch area"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n neighbourhood-watch area(s)"),
        {
            FieldSpec::reference(QStringLiteral("municipality_id"),
                                 QT_TRANSLATE_NOOP("lk::Fields", "Municipality"),
                                 QStringLiteral("municipalities"))
                .required(),
            FieldSpec::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("lk::Fields", "Name")).required(),
            FieldSpec::code(QStringLiteral("housing"), QT_TRANSLATE_NOOP("lk::Fields", "Housing"),
                            housingCodes)
                .required(),
            FieldSpec::integer(QStringLiteral("households"),
                               QT_TRANSLATE_NOOP("lk::Fields", "Households in the area"), 0, 1000000),
            FieldSpec::integer(QStringLiteral("households_joined"),
                               QT_TRANSLATE_NOOP("lk::Fields", "Households joined"), 0, 1000000),
            FieldSpec::integer(QStringLiteral("contact_persons"),
                               QT_TRANSLATE_NOOP("lk::Fields", "Contact persons (kontaktombud)"), 0, 10000),
            FieldSpec::boolean(QStringLiteral("contact_consent"),
                               QT_TRANSLATE_NOOP("lk::Fields", "The contact has consented")),
            FieldSpec::text(QStringLiteral("contact_name"), QT_TRANSLATE_NOOP("lk::Fields", "Main contact"))
                .describesPerson(),
            FieldSpec::text(QStringLiteral("contact_phone"),
                            QT_TRANSLATE_NOOP("lk::Fields", "Main contact's phone"))
                .describesPerson(),
            FieldSpec::date(QStringLiteral("started_on"), QT_TRANSLATE_NOOP("lk::Fields", "Started"))
                .required(),
            FieldSpec::date(QStringLiteral("signs_on"), QT_TRANSLATE_NOOP("lk::Fields", "Signs put up")),
            FieldSpec::codeSet(QStringLiteral("channels"), QT_TRANSLATE_NOOP("lk::Fields", "Channels"),
                               channelCodes),
            FieldSpec::code(QStringLiteral("status"), QT_TRANSLATE_NOOP("lk::Fields", "Status"),
                            areaStatusCodes)
                .required(),
            FieldSpec::date(QStringLiteral("ended_on"),
                            QT_TRANSLATE_NOOP("lk::Fields", "Dormant or ended since")),
            FieldSpec::longText(QStringLiteral("note"), QT_TRANSLATE_NOOP("lk::Fields", "Note")),
        },
        QStringLiteral("name"),
        QStringLiteral("name COLLATE swedish"),
        {},
        areaRule,
    };
    return spec;
}

const RegisterSpec& WatchRegisters::events() {
    static const RegisterSpec spec{
        QStringLiteral("watch_events"),
        QT_TRANSLATE_NOOP("lk::Fields", "Event"),
        QT_TRANSLATE_NOOP("lk::Fields", "New event"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n event(s)"),
        {
            FieldSpec::reference(QStringLiteral("area_id"), QT_TRANSLATE_NOOP("lk::Fields", "Area"),
                                 QStringLiteral("watch_areas"))
                .required(),
            FieldSpec::date(QStringLiteral("held_on"), QT_TRANSLATE_NOOP("lk::Fields", "Date")).required(),
            FieldSpec::code(QStringLiteral("kind"), QT_TRANSLATE_NOOP("lk::Fields", "Kind"), eventKindCodes)
                .required(),
            FieldSpec::text(QStringLiteral("topic"), QT_TRANSLATE_NOOP("lk::Fields", "Topic")),
            FieldSpec::integer(QStringLiteral("participants"),
                               QT_TRANSLATE_NOOP("lk::Fields", "Participants"), 0, 100000),
            FieldSpec::link(QStringLiteral("promise_id"),
                            QT_TRANSLATE_NOOP("lk::Fields", "Counts for promise"),
                            QStringLiteral("promises")),
            FieldSpec::longText(QStringLiteral("note"), QT_TRANSLATE_NOOP("lk::Fields", "Note")),
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

const QList<CodeOption>& WatchRegisters::eventKinds() {
    return eventKindCodes;
}

} // namespace lk
