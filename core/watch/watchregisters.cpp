#include "watch/watchregisters.h"

#include "register/fieldrules.h"

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

Status areaRule(const RegisterSpec& spec, const Record& record) {
    if (!record.value(watchAreas::contactConsent).toBool() &&
        (record.value(watchAreas::contactName).isValid() || record.value(watchAreas::contactPhone).isValid()))
        return Error{WatchRegisters::consentRule()};
    const QVariant households = record.value(watchAreas::households);
    const QVariant joined = record.value(watchAreas::householdsJoined);
    if (households.isValid() && joined.isValid() && joined.toLongLong() > households.toLongLong())
        return Error{Text::tr("“%1” (%2) is more than “%3” (%4).")
                         .arg(spec.labelOf(watchAreas::householdsJoined))
                         .arg(joined.toLongLong())
                         .arg(spec.labelOf(watchAreas::households))
                         .arg(households.toLongLong())};
    // Whether an area counted in a year depends on when it went dormant or ended.
    const bool active = record.value(watchAreas::status).toString() == QStringLiteral("aktiv");
    const QDate ended = record.value(watchAreas::endedOn).toDate();
    if (!active && !ended.isValid())
        return Error{
            Text::tr("An area that is dormant or ended needs “%1”: from that day it no longer counts "
                     "as active.")
                .arg(spec.labelOf(watchAreas::endedOn))};
    if (active && ended.isValid())
        return Error{Text::tr("An active area has no “%1”: empty it, or change the status.")
                         .arg(spec.labelOf(watchAreas::endedOn))};
    return FieldRules::notBefore(spec, record, watchAreas::endedOn, watchAreas::startedOn);
}

} // namespace

QString WatchRegisters::consentRule() {
    return Text::tr("The main contact's name and phone number are stored only with their consent: tick “%1” "
                    "first, or leave them out and count the contact persons only.")
        .arg(areas().labelOf(watchAreas::contactConsent));
}

const RegisterSpec& WatchRegisters::areas() {
    static const RegisterSpec spec{
        .table = watchAreas::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Neighbourhood-watch area"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New neighbourhood-watch area"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n neighbourhood-watch area(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Neighbourhood-watch areas"),
        .fields =
            {
                CommonFields::municipality(),
                FieldSpec::text(watchAreas::name, QT_TRANSLATE_NOOP("lk::Fields", "Name")).required(),
                FieldSpec::code(watchAreas::housing, QT_TRANSLATE_NOOP("lk::Fields", "Housing"), housingCodes)
                    .required(),
                FieldSpec::integer(watchAreas::households,
                                   QT_TRANSLATE_NOOP("lk::Fields", "Households in the area"), 0, 1000000),
                FieldSpec::integer(watchAreas::householdsJoined,
                                   QT_TRANSLATE_NOOP("lk::Fields", "Households joined"), 0, 1000000),
                FieldSpec::integer(watchAreas::contactPersons,
                                   QT_TRANSLATE_NOOP("lk::Fields", "Contact persons (kontaktombud)"), 0,
                                   10000),
                FieldSpec::boolean(watchAreas::contactConsent,
                                   QT_TRANSLATE_NOOP("lk::Fields", "The contact has consented")),
                FieldSpec::text(watchAreas::contactName, QT_TRANSLATE_NOOP("lk::Fields", "Main contact"))
                    .describesPerson(),
                FieldSpec::text(watchAreas::contactPhone,
                                QT_TRANSLATE_NOOP("lk::Fields", "Main contact's phone"))
                    .describesPerson(),
                FieldSpec::date(watchAreas::startedOn, QT_TRANSLATE_NOOP("lk::Fields", "Started")).required(),
                FieldSpec::date(watchAreas::signsOn, QT_TRANSLATE_NOOP("lk::Fields", "Signs put up")),
                FieldSpec::codeSet(watchAreas::channels, QT_TRANSLATE_NOOP("lk::Fields", "Channels"),
                                   channelCodes),
                FieldSpec::code(watchAreas::status, QT_TRANSLATE_NOOP("lk::Fields", "Status"),
                                areaStatusCodes)
                    .required(),
                FieldSpec::date(watchAreas::endedOn,
                                QT_TRANSLATE_NOOP("lk::Fields", "Dormant or ended since")),
                FieldSpec::longText(watchAreas::note, QT_TRANSLATE_NOOP("lk::Fields", "Note")),
            },
        .displayField = watchAreas::name,
        .orderBy = QStringLiteral("name COLLATE swedish"),
        .rule = areaRule,
        // A target may count the new areas of a period ("at least 8 new areas") by the day each started.
        .dateField = watchAreas::startedOn,
    };
    return spec;
}

const RegisterSpec& WatchRegisters::events() {
    static const RegisterSpec spec{
        .table = watchEvents::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Event"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New event"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n event(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Neighbourhood-watch events"),
        .fields =
            {
                FieldSpec::reference(watchEvents::areaId, QT_TRANSLATE_NOOP("lk::Fields", "Area"),
                                     watchAreas::table)
                    .required(),
                FieldSpec::date(watchEvents::heldOn, QT_TRANSLATE_NOOP("lk::Fields", "Date")).required(),
                FieldSpec::code(watchEvents::kind, QT_TRANSLATE_NOOP("lk::Fields", "Kind"), eventKindCodes)
                    .required(),
                FieldSpec::text(watchEvents::topic, QT_TRANSLATE_NOOP("lk::Fields", "Topic")),
                FieldSpec::integer(watchEvents::participants, QT_TRANSLATE_NOOP("lk::Fields", "Participants"),
                                   0, 100000)
                    .doubtfulWhenZero(),
                CommonFields::countsFor(),
                FieldSpec::longText(watchEvents::note, QT_TRANSLATE_NOOP("lk::Fields", "Note")),
            },
        .displayField = watchEvents::heldOn,
        .orderBy = QStringLiteral("held_on DESC"),
        .dateField = watchEvents::heldOn,
    };
    return spec;
}

const QList<CodeOption>& WatchRegisters::eventKinds() {
    return eventKindCodes;
}

} // namespace lk
