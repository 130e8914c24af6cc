#include "tobacco/tobaccoregisters.h"

#include "privacy/personalnumber.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QTime>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::TobaccoRegisters)
};

const QList<CodeOption> retailerStatusCodes{
    {QStringLiteral("aktiv"), QT_TRANSLATE_NOOP("lk::Codes", "Active")},
    {QStringLiteral("stangd"), QT_TRANSLATE_NOOP("lk::Codes", "Closed down")},
};

const QList<CodeOption> inspectionKindCodes{
    {QStringLiteral("ordinarie"), QT_TRANSLATE_NOOP("lk::Codes", "Ordinary")},
    {QStringLiteral("uppfoljning"), QT_TRANSLATE_NOOP("lk::Codes", "Follow-up")},
    {QStringLiteral("samordnad"), QT_TRANSLATE_NOOP("lk::Codes", "Joint with the police")},
};

const QList<CodeOption> decisionCodes{
    {QStringLiteral("ingen"), QT_TRANSLATE_NOOP("lk::Codes", "None")},
    {QStringLiteral("paminnelse"), QT_TRANSLATE_NOOP("lk::Codes", "Remark (påpekande)")},
    {QStringLiteral("forelaggande"), QT_TRANSLATE_NOOP("lk::Codes", "Injunction (föreläggande)")},
    {QStringLiteral("forbud"), QT_TRANSLATE_NOOP("lk::Codes", "Prohibition (förbud)")},
    {QStringLiteral("varning"), QT_TRANSLATE_NOOP("lk::Codes", "Warning (varning)")},
    {QStringLiteral("aterkallelse"), QT_TRANSLATE_NOOP("lk::Codes", "Permit revoked (återkallelse)")},
};

const QList<CodeOption> resultCodes{
    {QStringLiteral("ok"), QT_TRANSLATE_NOOP("lk::Codes", "OK")},
    {QStringLiteral("brist"), QT_TRANSLATE_NOOP("lk::Codes", "Deficiency (brist)")},
    {QStringLiteral("ej_kontrollerat"), QT_TRANSLATE_NOOP("lk::Codes", "Not checked")},
};

const QList<CodeOption> outcomeCodes{
    {QStringLiteral("fragade_leg"), QT_TRANSLATE_NOOP("lk::Codes", "Asked for ID")},
    {QStringLiteral("salde_utan"), QT_TRANSLATE_NOOP("lk::Codes", "Sold without asking")},
    {QStringLiteral("nekade"), QT_TRANSLATE_NOOP("lk::Codes", "Refused to sell")},
};

QString label(const char* field) {
    return QCoreApplication::translate("lk::Fields", field);
}

Error notBefore(const char* later, const QDate& laterDate, const char* earlier, const QDate& earlierDate) {
    return Error{Text::tr("“%1” (%2) is before “%3” (%4).")
                     .arg(label(later), laterDate.toString(Qt::ISODate), label(earlier),
                          earlierDate.toString(Qt::ISODate))};
}

Status retailerRules(const Record& record) {
    if (Status number =
            TobaccoRegisters::checkOrganisationNumber(record.value(QStringLiteral("org_number")).toString());
        !number)
        return number;
    if (!record.value(QStringLiteral("has_permit")).toBool() &&
        (record.value(QStringLiteral("permit_number")).isValid() ||
         record.value(QStringLiteral("permit_on")).isValid()))
        return Error{Text::tr("A permit number and date are given only when “%1” is ticked.")
                         .arg(label("Has a sales permit"))};
    return {};
}

Status testPurchaseRules(const Record& record) {
    const QVariant age = record.value(QStringLiteral("buyer_age"));
    if (age.isValid() && age.toInt() < 18)
        return Error{
            Text::tr(
                "The buyer in a test purchase must be 18 or older (the buyer here is %1). Buying tobacco "
                "with someone under 18 is not a test purchase the law allows.")
                .arg(age.toInt())};
    const QString time = record.value(QStringLiteral("made_at")).toString();
    if (!time.isEmpty() && !QTime::fromString(time, QStringLiteral("HH:mm")).isValid())
        return Error{Text::tr("“%1” is a time of day such as 16:45.").arg(label("Time"))};
    const QDate made = record.value(QStringLiteral("made_on")).toDate();
    for (const auto& [field, fieldLabel] :
         {std::pair{"informed_on", "Seller informed on"}, std::pair{"dialogue_on", "Dialogue held on"}}) {
        const QDate date = record.value(QString::fromLatin1(field)).toDate();
        if (date.isValid() && made.isValid() && date < made)
            return notBefore(fieldLabel, date, "Date", made);
    }
    return {};
}

Status inspectionRules(const Record& record) {
    if (record.value(QStringLiteral("ground_purchase_id")).isValid())
        return Error{TobaccoRegisters::testPurchaseRule()};
    const QString decision = record.value(QStringLiteral("decision")).toString();
    const QDate held = record.value(QStringLiteral("held_on")).toDate();
    const QDate decided = record.value(QStringLiteral("decided_on")).toDate();
    if (decision != QStringLiteral("ingen") && !decided.isValid())
        return Error{Text::tr("A decision needs its date (“%1”).").arg(label("Decided on"))};
    if (decided.isValid() && held.isValid() && decided < held)
        return notBefore("Decided on", decided, "Date", held);
    const QDate followUp = record.value(QStringLiteral("follow_up_on")).toDate();
    if (followUp.isValid() && held.isValid() && followUp < held)
        return notBefore("Follow up by", followUp, "Date", held);
    return {};
}

FieldSpec countsFor() {
    return FieldSpec::link(QStringLiteral("promise_id"),
                           QT_TRANSLATE_NOOP("lk::Fields", "Counts for promise"), QStringLiteral("promises"));
}

FieldSpec retailer() {
    return FieldSpec::reference(QStringLiteral("retailer_id"), QT_TRANSLATE_NOOP("lk::Fields", "Retailer"),
                                QStringLiteral("retailers"))
        .required();
}

} // namespace

Status TobaccoRegisters::checkOrganisationNumber(const QString& number) {
    if (number.isEmpty())
        return {};
    static const QRegularExpression form(QStringLiteral("^(\\d{6})-?(\\d{4})$"));
    const auto match = form.match(number.trimmed());
    const QString field = label("Organisation number");
    if (!match.hasMatch())
        return Error{Text::tr("“%1” is ten digits, written as 556677-8899.").arg(field)};
    const QString digits = match.captured(1) + match.captured(2);
    if (PersonalNumber::checkDigit(digits.left(9)) != digits.at(9).digitValue())
        return Error{
            Text::tr("“%1” %2 has a wrong check digit: look again at the number on the permit or in the "
                     "company register.")
                .arg(field, number)};
    if (digits.at(2).digitValue() < 2)
        return Error{
            Text::tr("“%1” %2 looks like a personal identity number: a sole trader's number is the "
                     "owner's personnummer, which Löfteskollen does not keep. Leave the field empty.")
                .arg(field, number)};
    return {};
}

QString TobaccoRegisters::testPurchaseRule() {
    return Text::tr(
        "A test purchase cannot be the ground of a decision. By the law on tobacco and similar products "
        "(2018:2088) a test purchase leads to a dialogue with the seller only; a sanction rests on what an "
        "inspection finds. Record the dialogue on the test purchase, and ground the decision on the "
        "inspection's findings.");
}

const RegisterSpec& TobaccoRegisters::retailers() {
    static const RegisterSpec spec{
        QStringLiteral("retailers"),
        QT_TRANSLATE_NOOP("lk::Fields", "Retailer"),
        QT_TRANSLATE_NOOP("lk::Fields", "New retailer"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n retailer(s)"),
        {
            FieldSpec::reference(QStringLiteral("municipality_id"),
                                 QT_TRANSLATE_NOOP("lk::Fields", "Municipality"),
                                 QStringLiteral("municipalities"))
                .required(),
            FieldSpec::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("lk::Fields", "Name")).required(),
            FieldSpec::text(QStringLiteral("org_number"),
                            QT_TRANSLATE_NOOP("lk::Fields", "Organisation number")),
            FieldSpec::text(QStringLiteral("address"), QT_TRANSLATE_NOOP("lk::Fields", "Address")),
            FieldSpec::boolean(QStringLiteral("has_permit"),
                               QT_TRANSLATE_NOOP("lk::Fields", "Has a sales permit")),
            FieldSpec::text(QStringLiteral("permit_number"),
                            QT_TRANSLATE_NOOP("lk::Fields", "Permit number")),
            FieldSpec::date(QStringLiteral("permit_on"),
                            QT_TRANSLATE_NOOP("lk::Fields", "Permit granted on")),
            FieldSpec::boolean(QStringLiteral("sells_folkol"),
                               QT_TRANSLATE_NOOP("lk::Fields", "Sells folköl")),
            FieldSpec::boolean(QStringLiteral("sells_ecigarettes"),
                               QT_TRANSLATE_NOOP("lk::Fields", "Sells e-cigarettes")),
            FieldSpec::boolean(QStringLiteral("sells_nicotine"),
                               QT_TRANSLATE_NOOP("lk::Fields", "Sells nicotine products")),
            FieldSpec::code(QStringLiteral("status"), QT_TRANSLATE_NOOP("lk::Fields", "Status"),
                            retailerStatusCodes)
                .required(),
        },
        QStringLiteral("name"),
        QStringLiteral("name COLLATE swedish"),
        {},
        retailerRules,
    };
    return spec;
}

const RegisterSpec& TobaccoRegisters::checklistPoints() {
    static const RegisterSpec spec{
        QStringLiteral("checklist_points"),
        QT_TRANSLATE_NOOP("lk::Fields", "Checklist point"),
        QT_TRANSLATE_NOOP("lk::Fields", "New checklist point"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n checklist point(s)"),
        {
            FieldSpec::integer(QStringLiteral("sort_order"), QT_TRANSLATE_NOOP("lk::Fields", "Order"), 0,
                               100000),
            FieldSpec::text(QStringLiteral("title"), QT_TRANSLATE_NOOP("lk::Fields", "Point")).required(),
            FieldSpec::boolean(QStringLiteral("retired"),
                               QT_TRANSLATE_NOOP("lk::Fields", "No longer checked")),
        },
        QStringLiteral("title"),
        QStringLiteral("sort_order"),
        QStringLiteral("sort_order"),
        {},
    };
    return spec;
}

const RegisterSpec& TobaccoRegisters::testPurchases() {
    static const RegisterSpec spec{
        QStringLiteral("test_purchases"),
        QT_TRANSLATE_NOOP("lk::Fields", "Test purchase"),
        QT_TRANSLATE_NOOP("lk::Fields", "New test purchase"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n test purchase(s)"),
        {
            retailer(),
            FieldSpec::date(QStringLiteral("made_on"), QT_TRANSLATE_NOOP("lk::Fields", "Date")).required(),
            FieldSpec::text(QStringLiteral("made_at"), QT_TRANSLATE_NOOP("lk::Fields", "Time")),
            FieldSpec::text(QStringLiteral("till"), QT_TRANSLATE_NOOP("lk::Fields", "Till")),
            FieldSpec::integer(QStringLiteral("buyer_age"), QT_TRANSLATE_NOOP("lk::Fields", "Buyer's age"), 0,
                               120)
                .required(),
            FieldSpec::code(QStringLiteral("outcome"), QT_TRANSLATE_NOOP("lk::Fields", "Outcome"),
                            outcomeCodes)
                .required(),
            FieldSpec::date(QStringLiteral("informed_on"),
                            QT_TRANSLATE_NOOP("lk::Fields", "Seller informed on")),
            FieldSpec::date(QStringLiteral("dialogue_on"),
                            QT_TRANSLATE_NOOP("lk::Fields", "Dialogue held on")),
            FieldSpec::longText(QStringLiteral("dialogue_note"),
                                QT_TRANSLATE_NOOP("lk::Fields", "Dialogue note")),
            countsFor(),
        },
        QStringLiteral("made_on"),
        QStringLiteral("made_on DESC"),
        {},
        testPurchaseRules,
        {},
        {},
        QStringLiteral("made_on"),
    };
    return spec;
}

const RegisterSpec& TobaccoRegisters::inspections() {
    static const RegisterSpec spec{
        QStringLiteral("inspections"),
        QT_TRANSLATE_NOOP("lk::Fields", "Inspection"),
        QT_TRANSLATE_NOOP("lk::Fields", "New inspection"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n inspection(s)"),
        {
            retailer(),
            FieldSpec::date(QStringLiteral("held_on"), QT_TRANSLATE_NOOP("lk::Fields", "Date")).required(),
            FieldSpec::code(QStringLiteral("kind"), QT_TRANSLATE_NOOP("lk::Fields", "Kind"),
                            inspectionKindCodes)
                .required(),
            FieldSpec::boolean(QStringLiteral("announced"),
                               QT_TRANSLATE_NOOP("lk::Fields", "Announced beforehand")),
            FieldSpec::text(QStringLiteral("organisations"), QT_TRANSLATE_NOOP("lk::Fields", "Taking part"))
                .withSuggestions({QStringLiteral("Kommunen"), QStringLiteral("Kommunen, Polisen")}),
            FieldSpec::longText(QStringLiteral("findings"), QT_TRANSLATE_NOOP("lk::Fields", "Findings")),
            FieldSpec::code(QStringLiteral("decision"), QT_TRANSLATE_NOOP("lk::Fields", "Decision"),
                            decisionCodes)
                .required(),
            FieldSpec::date(QStringLiteral("decided_on"), QT_TRANSLATE_NOOP("lk::Fields", "Decided on")),
            // Never filled: here so that an import that names a test purchase as a decision's ground is told
            // why that cannot be.
            FieldSpec::link(QStringLiteral("ground_purchase_id"),
                            QT_TRANSLATE_NOOP("lk::Fields", "Grounded on test purchase"),
                            QStringLiteral("test_purchases")),
            FieldSpec::date(QStringLiteral("follow_up_on"), QT_TRANSLATE_NOOP("lk::Fields", "Follow up by")),
            countsFor(),
        },
        QStringLiteral("held_on"),
        QStringLiteral("held_on DESC"),
        {},
        inspectionRules,
        {},
        {},
        QStringLiteral("held_on"),
    };
    return spec;
}

const RegisterSpec& TobaccoRegisters::inspectionResults() {
    static const RegisterSpec spec{
        QStringLiteral("inspection_results"),
        QT_TRANSLATE_NOOP("lk::Fields", "Checklist result"),
        QT_TRANSLATE_NOOP("lk::Fields", "New checklist result"),
        QT_TRANSLATE_N_NOOP("lk::Fields", "%n checklist result(s)"),
        {
            FieldSpec::reference(QStringLiteral("inspection_id"),
                                 QT_TRANSLATE_NOOP("lk::Fields", "Inspection"), QStringLiteral("inspections"))
                .required(),
            FieldSpec::reference(QStringLiteral("point_id"),
                                 QT_TRANSLATE_NOOP("lk::Fields", "Checklist point"),
                                 QStringLiteral("checklist_points"))
                .required(),
            FieldSpec::code(QStringLiteral("result"), QT_TRANSLATE_NOOP("lk::Fields", "Result"), resultCodes)
                .required(),
            FieldSpec::text(QStringLiteral("note"), QT_TRANSLATE_NOOP("lk::Fields", "Note")),
        },
        QStringLiteral("result"),
        QStringLiteral("id"),
        {},
        {},
    };
    return spec;
}

} // namespace lk
