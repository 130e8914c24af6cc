#include "tobacco/tobaccoregisters.h"

#include "privacy/personalnumber.h"
#include "register/fieldrules.h"

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

Status retailerRules(const RegisterSpec& spec, const Record& record) {
    if (Status number =
            TobaccoRegisters::checkOrganisationNumber(record.value(retailers::orgNumber).toString());
        !number)
        return number;
    if (!record.value(retailers::hasPermit).toBool() &&
        (record.value(retailers::permitNumber).isValid() || record.value(retailers::permitOn).isValid()))
        return Error{Text::tr("A permit number and date are given only when “%1” is ticked.")
                         .arg(spec.labelOf(retailers::hasPermit))};
    return {};
}

Status testPurchaseRules(const RegisterSpec& spec, const Record& record) {
    const QVariant age = record.value(testPurchases::buyerAge);
    if (age.isValid() && age.toInt() < 18)
        return Error{
            Text::tr(
                "The buyer in a test purchase must be 18 or older (the buyer here is %1). Buying tobacco "
                "with someone under 18 is not a test purchase the law allows.")
                .arg(age.toInt())};
    const QString time = record.value(testPurchases::madeAt).toString();
    if (!time.isEmpty() && !QTime::fromString(time, QStringLiteral("HH:mm")).isValid())
        return Error{
            Text::tr("“%1” is a time of day such as 16:45.").arg(spec.labelOf(testPurchases::madeAt))};
    for (const Name& later : {testPurchases::informedOn, testPurchases::dialogueOn}) {
        if (Status inOrder = FieldRules::notBefore(spec, record, later, testPurchases::madeOn); !inOrder)
            return inOrder;
    }
    return {};
}

Status inspectionRules(const RegisterSpec& spec, const Record& record) {
    if (record.value(inspections::groundPurchaseId).isValid())
        return Error{TobaccoRegisters::testPurchaseRule()};
    const QString decision = record.value(inspections::decision).toString();
    if (decision != QStringLiteral("ingen") && !record.value(inspections::decidedOn).isValid())
        return Error{Text::tr("A decision needs its date (“%1”).").arg(spec.labelOf(inspections::decidedOn))};
    for (const Name& later : {inspections::decidedOn, inspections::followUpOn}) {
        if (Status inOrder = FieldRules::notBefore(spec, record, later, inspections::heldOn); !inOrder)
            return inOrder;
    }
    return {};
}

FieldSpec retailer(const QString& name) {
    return FieldSpec::reference(name, QT_TRANSLATE_NOOP("lk::Fields", "Retailer"), retailers::table)
        .required();
}

} // namespace

Status TobaccoRegisters::checkOrganisationNumber(const QString& number) {
    if (number.isEmpty())
        return {};
    static const QRegularExpression form(QStringLiteral("^(\\d{6})-?(\\d{4})$"));
    const auto match = form.match(number.trimmed());
    const QString field = retailers().labelOf(retailers::orgNumber);
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
        .table = retailers::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Retailer"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New retailer"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n retailer(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Retailers"),
        .fields =
            {
                CommonFields::municipality(),
                FieldSpec::text(retailers::name, QT_TRANSLATE_NOOP("lk::Fields", "Name")).required(),
                FieldSpec::text(retailers::orgNumber, QT_TRANSLATE_NOOP("lk::Fields", "Organisation number")),
                FieldSpec::text(retailers::address, QT_TRANSLATE_NOOP("lk::Fields", "Address")),
                FieldSpec::boolean(retailers::hasPermit,
                                   QT_TRANSLATE_NOOP("lk::Fields", "Has a sales permit")),
                FieldSpec::text(retailers::permitNumber, QT_TRANSLATE_NOOP("lk::Fields", "Permit number")),
                FieldSpec::date(retailers::permitOn, QT_TRANSLATE_NOOP("lk::Fields", "Permit granted on")),
                FieldSpec::boolean(retailers::sellsFolkol, QT_TRANSLATE_NOOP("lk::Fields", "Sells folköl")),
                FieldSpec::boolean(retailers::sellsEcigarettes,
                                   QT_TRANSLATE_NOOP("lk::Fields", "Sells e-cigarettes")),
                FieldSpec::boolean(retailers::sellsNicotine,
                                   QT_TRANSLATE_NOOP("lk::Fields", "Sells nicotine products")),
                FieldSpec::code(retailers::status, QT_TRANSLATE_NOOP("lk::Fields", "Status"),
                                retailerStatusCodes)
                    .required(),
            },
        .displayField = retailers::name,
        .orderBy = QStringLiteral("name COLLATE swedish"),
        .rule = retailerRules,
    };
    return spec;
}

const RegisterSpec& TobaccoRegisters::checklistPoints() {
    static const RegisterSpec spec{
        .table = checklistPoints::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Checklist point"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New checklist point"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n checklist point(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Checklist points"),
        .fields =
            {
                FieldSpec::integer(checklistPoints::sortOrder, QT_TRANSLATE_NOOP("lk::Fields", "Order"), 0,
                                   100000),
                FieldSpec::text(checklistPoints::title, QT_TRANSLATE_NOOP("lk::Fields", "Point")).required(),
                FieldSpec::boolean(checklistPoints::retired,
                                   QT_TRANSLATE_NOOP("lk::Fields", "No longer checked")),
            },
        .displayField = checklistPoints::title,
        .orderBy = checklistPoints::sortOrder,
        .sortField = checklistPoints::sortOrder,
    };
    return spec;
}

const RegisterSpec& TobaccoRegisters::testPurchases() {
    static const RegisterSpec spec{
        .table = testPurchases::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Test purchase"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New test purchase"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n test purchase(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Test purchases"),
        .fields =
            {
                retailer(testPurchases::retailerId),
                FieldSpec::date(testPurchases::madeOn, QT_TRANSLATE_NOOP("lk::Fields", "Date")).required(),
                FieldSpec::text(testPurchases::madeAt, QT_TRANSLATE_NOOP("lk::Fields", "Time")),
                FieldSpec::text(testPurchases::till, QT_TRANSLATE_NOOP("lk::Fields", "Till")),
                FieldSpec::integer(testPurchases::buyerAge, QT_TRANSLATE_NOOP("lk::Fields", "Buyer's age"), 0,
                                   120)
                    .required()
                    .doubtfulWhenZero(),
                FieldSpec::code(testPurchases::outcome, QT_TRANSLATE_NOOP("lk::Fields", "Outcome"),
                                outcomeCodes)
                    .required(),
                FieldSpec::date(testPurchases::informedOn,
                                QT_TRANSLATE_NOOP("lk::Fields", "Seller informed on")),
                FieldSpec::date(testPurchases::dialogueOn,
                                QT_TRANSLATE_NOOP("lk::Fields", "Dialogue held on")),
                FieldSpec::longText(testPurchases::dialogueNote,
                                    QT_TRANSLATE_NOOP("lk::Fields", "Dialogue note")),
                CommonFields::countsFor(),
            },
        .displayField = testPurchases::madeOn,
        .orderBy = QStringLiteral("made_on DESC"),
        .rule = testPurchaseRules,
        .dateField = testPurchases::madeOn,
    };
    return spec;
}

const RegisterSpec& TobaccoRegisters::inspections() {
    static const RegisterSpec spec{
        .table = inspections::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Inspection"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New inspection"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n inspection(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Inspections"),
        .fields =
            {
                retailer(inspections::retailerId),
                FieldSpec::date(inspections::heldOn, QT_TRANSLATE_NOOP("lk::Fields", "Date")).required(),
                FieldSpec::code(inspections::kind, QT_TRANSLATE_NOOP("lk::Fields", "Kind"),
                                inspectionKindCodes)
                    .required(),
                FieldSpec::boolean(inspections::announced,
                                   QT_TRANSLATE_NOOP("lk::Fields", "Announced beforehand")),
                FieldSpec::text(inspections::organisations, QT_TRANSLATE_NOOP("lk::Fields", "Taking part"))
                    .withSuggestions({QStringLiteral("Kommunen"), QStringLiteral("Kommunen, Polisen")}),
                FieldSpec::longText(inspections::findings, QT_TRANSLATE_NOOP("lk::Fields", "Findings")),
                FieldSpec::code(inspections::decision, QT_TRANSLATE_NOOP("lk::Fields", "Decision"),
                                decisionCodes)
                    .required(),
                FieldSpec::date(inspections::decidedOn, QT_TRANSLATE_NOOP("lk::Fields", "Decided on")),
                // Never filled: here so that an import that names a test purchase as a decision's ground is
                // told why that cannot be.
                FieldSpec::link(inspections::groundPurchaseId,
                                QT_TRANSLATE_NOOP("lk::Fields", "Grounded on test purchase"),
                                testPurchases::table),
                FieldSpec::date(inspections::followUpOn, QT_TRANSLATE_NOOP("lk::Fields", "Follow up by")),
                CommonFields::countsFor(),
            },
        .displayField = inspections::heldOn,
        .orderBy = QStringLiteral("held_on DESC"),
        .rule = inspectionRules,
        .dateField = inspections::heldOn,
    };
    return spec;
}

const RegisterSpec& TobaccoRegisters::inspectionResults() {
    static const RegisterSpec spec{
        .table = inspectionResults::table,
        .singular = QT_TRANSLATE_NOOP("lk::Fields", "Checklist result"),
        .newTitle = QT_TRANSLATE_NOOP("lk::Fields", "New checklist result"),
        .countText = QT_TRANSLATE_N_NOOP("lk::Fields", "%n checklist result(s)"),
        .plural = QT_TRANSLATE_NOOP("lk::Fields", "Checklist results"),
        .fields =
            {
                FieldSpec::reference(inspectionResults::inspectionId,
                                     QT_TRANSLATE_NOOP("lk::Fields", "Inspection"), inspections::table)
                    .required(),
                FieldSpec::reference(inspectionResults::pointId,
                                     QT_TRANSLATE_NOOP("lk::Fields", "Checklist point"),
                                     checklistPoints::table)
                    .required(),
                FieldSpec::code(inspectionResults::result, QT_TRANSLATE_NOOP("lk::Fields", "Result"),
                                resultCodes)
                    .required(),
                FieldSpec::text(inspectionResults::note, QT_TRANSLATE_NOOP("lk::Fields", "Note")),
            },
        .displayField = inspectionResults::result,
        .orderBy = QStringLiteral("id"),
    };
    return spec;
}

} // namespace lk
