#include "io/jsonimporter.h"
#include "tobaccofixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace lk;
using namespace lk::test;

namespace {

Result<Record> tryInsert(const TobaccoFile& tobacco, const RegisterSpec& spec, const QVariantMap& values) {
    return tobacco.repository.insert(spec, recordOf(values), Repository::Stamp::Now);
}

} // namespace

TEST_CASE(
    "An organisation number is ten digits with a Luhn check digit, and never a personal identity number",
    "[tobacco]") {
    CHECK(TobaccoRegisters::checkOrganisationNumber(organisationNumber()).ok());
    CHECK(TobaccoRegisters::checkOrganisationNumber(organisationNumber().remove(u'-')).ok());
    CHECK(TobaccoRegisters::checkOrganisationNumber(QString()).ok());
    // Sweden's tax agency: 202100-5489.
    CHECK(TobaccoRegisters::checkOrganisationNumber(QStringLiteral("202100-5489")).ok());

    QString wrong = organisationNumber();
    wrong[10] = QChar(u'0' + (wrong.at(10).digitValue() + 1) % 10);
    const Status badDigit = TobaccoRegisters::checkOrganisationNumber(wrong);
    REQUIRE_FALSE(badDigit.ok());
    CHECK_THAT(badDigit.message().toStdString(), mentions(QStringLiteral("check digit")));
    CHECK_THAT(badDigit.message().toStdString(), mentions(wrong));

    for (const QString& form : {QStringLiteral("55630124"), QStringLiteral("556301 2409"),
                                QStringLiteral("ABC301-2409"), QStringLiteral("556301-24091")}) {
        INFO(form.toStdString());
        const Status refused = TobaccoRegisters::checkOrganisationNumber(form);
        REQUIRE_FALSE(refused.ok());
        CHECK_THAT(refused.message().toStdString(), mentions(QStringLiteral("ten digits")));
    }
    // A sole trader's number is the owner's personnummer (third digit 0 or 1): not kept.
    const QString person = organisationNumber(QStringLiteral("850709123"));
    const Status personal = TobaccoRegisters::checkOrganisationNumber(person);
    REQUIRE_FALSE(personal.ok());
    CHECK_THAT(personal.message().toStdString(), mentions(QStringLiteral("personnummer")));
}

TEST_CASE("A retailer with a wrong organisation number or a permit number without a permit is refused, and "
          "nothing is written",
          "[tobacco]") {
    TobaccoFile tobacco;
    QVariantMap badNumber = retailerValues(tobacco.municipality, QStringLiteral("Kiosken"));
    badNumber.insert(QStringLiteral("org_number"), QStringLiteral("556301-2400"));
    auto refused = tryInsert(tobacco, TobaccoRegisters::retailers(), badNumber);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.message().toStdString(), mentions(QStringLiteral("Organisation number")));

    QVariantMap noPermit = retailerValues(tobacco.municipality, QStringLiteral("Kiosken"));
    noPermit.insert(QStringLiteral("has_permit"), false);
    auto refusedPermit = tryInsert(tobacco, TobaccoRegisters::retailers(), noPermit);
    REQUIRE_FALSE(refusedPermit.ok());
    CHECK_THAT(refusedPermit.message().toStdString(), mentions(QStringLiteral("Has a sales permit")));
    CHECK(rowCount(tobacco.repository, QStringLiteral("retailers")) == 1);
}

TEST_CASE("A test purchase with a buyer under 18 is refused, in the file and in an import", "[tobacco]") {
    TobaccoFile tobacco;
    const QDate day(2022, 4, 26);
    for (int age : {17, 15, 0}) {
        INFO(age);
        auto refused =
            tryInsert(tobacco, TobaccoRegisters::testPurchases(),
                      purchaseValues(tobacco.retailer.id, day, QStringLiteral("fragade_leg"), age));
        REQUIRE_FALSE(refused.ok());
        CHECK_THAT(refused.message().toStdString(), mentions(QStringLiteral("18 or older")));
    }
    CHECK(rowCount(tobacco.repository, QStringLiteral("test_purchases")) == 0);
    insertRecord(tobacco.repository, TobaccoRegisters::testPurchases(),
                 purchaseValues(tobacco.retailer.id, day));

    const QString before = contentOf(*tobacco.document);
    auto imported = JsonImporter::import(
        tobacco.repository,
        exportWith(*tobacco.document, QStringLiteral("test_purchases"), QStringLiteral("buyer_age"), 16));
    REQUIRE_FALSE(imported.ok());
    CHECK_THAT(imported.message().toStdString(), mentions(QStringLiteral("test_purchases")));
    CHECK_THAT(imported.message().toStdString(), mentions(QStringLiteral("18 or older")));
    CHECK(contentOf(*tobacco.document) == before);
}

TEST_CASE(
    "A decision grounded on a test purchase is refused with the law's reason, in the file and in an import",
    "[tobacco]") {
    TobaccoFile tobacco;
    const Record purchase =
        insertRecord(tobacco.repository, TobaccoRegisters::testPurchases(),
                     purchaseValues(tobacco.retailer.id, QDate(2022, 4, 26), QStringLiteral("salde_utan")));
    const Record inspection = tobacco.inspect(QDate(2022, 5, 10));
    const QString before = contentOf(*tobacco.document);

    // Through the document, as the window does.
    auto grounded = tobacco.document->update(TobaccoRegisters::inspections(), inspection.uuid,
                                             {{QStringLiteral("decision"), QStringLiteral("forelaggande")},
                                              {QStringLiteral("decided_on"), QDate(2022, 5, 20)},
                                              {QStringLiteral("ground_purchase_id"), purchase.id}});
    REQUIRE_FALSE(grounded.ok());
    CHECK(grounded.message().endsWith(TobaccoRegisters::testPurchaseRule()));
    CHECK_THAT(grounded.message().toStdString(), mentions(QStringLiteral("dialogue")));
    CHECK(contentOf(*tobacco.document) == before);

    // Nor with no sanction at all: a test purchase grounds no decision.
    auto none = tobacco.document->update(TobaccoRegisters::inspections(), inspection.uuid,
                                         {{QStringLiteral("ground_purchase_id"), purchase.id}});
    REQUIRE_FALSE(none.ok());

    auto imported = JsonImporter::import(tobacco.repository,
                                         exportWith(*tobacco.document, QStringLiteral("inspections"),
                                                    QStringLiteral("ground_purchase"), purchase.uuid));
    REQUIRE_FALSE(imported.ok());
    CHECK_THAT(imported.message().toStdString(), mentions(QStringLiteral("inspections")));
    CHECK_THAT(imported.message().toStdString(),
               mentions(QStringLiteral("test purchase cannot be the ground")));
    CHECK(contentOf(*tobacco.document) == before);
}

TEST_CASE("An inspection's decision needs its date, and no date comes before the inspection", "[tobacco]") {
    TobaccoFile tobacco;
    const QDate day(2022, 3, 9);
    QVariantMap undated = inspectionValues(tobacco.retailer.id, day, QStringLiteral("forelaggande"));
    undated.remove(QStringLiteral("decided_on"));
    auto refused = tryInsert(tobacco, TobaccoRegisters::inspections(), undated);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.message().toStdString(), mentions(QStringLiteral("Decided on")));

    for (const QString& field : {QStringLiteral("decided_on"), QStringLiteral("follow_up_on")}) {
        INFO(field.toStdString());
        QVariantMap early = inspectionValues(tobacco.retailer.id, day, QStringLiteral("paminnelse"));
        early.insert(field, day.addDays(-1));
        auto before = tryInsert(tobacco, TobaccoRegisters::inspections(), early);
        REQUIRE_FALSE(before.ok());
        CHECK_THAT(before.message().toStdString(), mentions(QStringLiteral("2022-03-08")));
    }
    CHECK(rowCount(tobacco.repository, QStringLiteral("inspections")) == 0);
}

TEST_CASE("A test purchase's time is a time of day, and the seller is not informed before the purchase",
          "[tobacco]") {
    TobaccoFile tobacco;
    const QDate day(2022, 4, 26);
    auto badTime = tryInsert(tobacco, TobaccoRegisters::testPurchases(),
                             merged(purchaseValues(tobacco.retailer.id, day),
                                    {{QStringLiteral("made_at"), QStringLiteral("25:10")}}));
    REQUIRE_FALSE(badTime.ok());
    CHECK_THAT(badTime.message().toStdString(), mentions(QStringLiteral("16:45")));
    auto early = tryInsert(
        tobacco, TobaccoRegisters::testPurchases(),
        merged(purchaseValues(tobacco.retailer.id, day), {{QStringLiteral("dialogue_on"), day.addDays(-3)}}));
    REQUIRE_FALSE(early.ok());
    CHECK_THAT(early.message().toStdString(), mentions(QStringLiteral("Dialogue held on")));
    CHECK(rowCount(tobacco.repository, QStringLiteral("test_purchases")) == 0);
}

TEST_CASE("A checklist point has one result per inspection", "[tobacco]") {
    TobaccoFile tobacco;
    const Record inspection = tobacco.inspect(QDate(2022, 3, 9));
    auto twice = tryInsert(tobacco, TobaccoRegisters::inspectionResults(),
                           {{QStringLiteral("inspection_id"), inspection.id},
                            {QStringLiteral("point_id"), tobacco.points.first().id},
                            {QStringLiteral("result"), QStringLiteral("brist")}});
    REQUIRE_FALSE(twice.ok());
    CHECK(rowCount(tobacco.repository, QStringLiteral("inspection_results")) == tobacco.points.size());
}

TEST_CASE("Every new file has the law's checklist points, in order, and the user can add one", "[tobacco]") {
    TobaccoFile tobacco;
    REQUIRE(tobacco.points.size() == 8);
    CHECK(tobacco.points.first().value(QStringLiteral("title")).toString() ==
          QStringLiteral("Skylt om åldersgräns synlig vid kassan"));
    CHECK(tobacco.points.last().value(QStringLiteral("title")).toString() ==
          QStringLiteral("Ingen försäljning till personer under 18 år iakttogs"));
    auto added = tobacco.document->insert(
        TobaccoRegisters::checklistPoints(),
        recordOf({{QStringLiteral("title"), QStringLiteral("Snus förvaras bakom disken")}}));
    REQUIRE(added.ok());
    // Put last, after the law's points.
    CHECK(added->value(QStringLiteral("sort_order")).toInt() >
          tobacco.points.last().value(QStringLiteral("sort_order")).toInt());
}

TEST_CASE("Deleting a retailer takes its inspections, results and test purchases, and undo brings them back",
          "[tobacco]") {
    TobaccoFile tobacco;
    tobacco.inspect(QDate(2022, 3, 9), {1, 2}, QStringLiteral("forelaggande"));
    insertRecord(tobacco.repository, TobaccoRegisters::testPurchases(),
                 purchaseValues(tobacco.retailer.id, QDate(2022, 4, 26)));
    const QString before = contentOf(*tobacco.document);
    REQUIRE(tobacco.document->remove(TobaccoRegisters::retailers(), tobacco.retailer.uuid).ok());
    for (const QString& table : {QStringLiteral("retailers"), QStringLiteral("inspections"),
                                 QStringLiteral("inspection_results"), QStringLiteral("test_purchases")})
        CHECK(rowCount(tobacco.repository, table) == 0);
    CHECK(rowCount(tobacco.repository, QStringLiteral("checklist_points")) == 8);
    tobacco.document->undoStack()->undo();
    CHECK(contentOf(*tobacco.document) == before);
}

TEST_CASE("Every free text of the tobacco registers refuses a personal identity number, naming the field",
          "[tobacco]") {
    TobaccoFile tobacco;
    const Record inspection = tobacco.inspect(QDate(2022, 3, 9));
    const QList<QPair<const RegisterSpec*, QVariantMap>> all{
        {&TobaccoRegisters::retailers(), retailerValues(tobacco.municipality, QStringLiteral("Kiosken"))},
        {&TobaccoRegisters::checklistPoints(), {{QStringLiteral("title"), QStringLiteral("Ny punkt")}}},
        {&TobaccoRegisters::testPurchases(), purchaseValues(tobacco.retailer.id, QDate(2022, 4, 26))},
        {&TobaccoRegisters::inspections(), inspectionValues(tobacco.retailer.id, QDate(2022, 5, 1))},
        {&TobaccoRegisters::inspectionResults(),
         {{QStringLiteral("inspection_id"), inspection.id},
          {QStringLiteral("point_id"), insertRecord(tobacco.repository, TobaccoRegisters::checklistPoints(),
                                                    {{QStringLiteral("title"), QStringLiteral("Extra")}})
                                           .id},
          {QStringLiteral("result"), QStringLiteral("brist")}}},
    };
    // Retailers: name, organisation number, address, permit number; the point's title; a test purchase's
    // time, till and dialogue note; an inspection's organisations and findings; a result's note.
    CHECK(checkGuardOnFreeText(tobacco.repository, all) == 11);
}

TEST_CASE("Tobacco records go out and come back through an export unchanged", "[tobacco][export][import]") {
    TobaccoFile tobacco;
    tobacco.inspect(QDate(2022, 3, 9), {1, 4}, QStringLiteral("forelaggande"));
    insertRecord(tobacco.repository, TobaccoRegisters::testPurchases(),
                 merged(purchaseValues(tobacco.retailer.id, QDate(2022, 4, 26), QStringLiteral("salde_utan")),
                        {{QStringLiteral("dialogue_on"), QDate(2022, 5, 3)},
                         {QStringLiteral("dialogue_note"), QStringLiteral("Genomgång av egenkontrollen.")}}));
    const QByteArray exported = TestFile::exportOf(*tobacco.document);
    const QJsonObject root = QJsonDocument::fromJson(exported).object();
    for (const QString& table :
         {QStringLiteral("retailers"), QStringLiteral("checklist_points"), QStringLiteral("test_purchases"),
          QStringLiteral("inspections"), QStringLiteral("inspection_results")})
        CHECK_FALSE(root.value(table).toArray().isEmpty());

    TestFile other;
    auto copy = other.open();
    auto imported = JsonImporter::import(copy->repository(), exported);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(TestFile::exportOf(*copy) == exported);
}
