#include "common/imagedata.h"
#include "io/jsonexporter.h"
#include "io/jsonimporter.h"
#include "walkfixture.h"

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>

using namespace lk;
using namespace lk::test;

namespace {

QByteArray jpegOf(int width, int height) {
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    return bytes;
}

Status check(const RegisterSpec& spec, const QVariantMap& values) {
    Record record;
    record.values = values;
    record = spec.normalized(record);
    if (spec.derive)
        spec.derive(record);
    return spec.validate(record);
}

} // namespace

TEST_CASE("An observation's action follows the rules of practice", "[walks]") {
    const RegisterSpec& spec = WalkRegisters::observations();
    const QDate walked(2021, 10, 12);
    SECTION("A rejected action needs its reason") {
        QVariantMap values = actionValues(1, walked, QStringLiteral("avvisad"));
        CHECK(check(spec, values).ok());
        values.remove(QStringLiteral("status_reason"));
        const Status refused = check(spec, values);
        CHECK_FALSE(refused.ok());
        CHECK_THAT(refused.message().toStdString(), mentions(QStringLiteral("Reason")));
    }
    SECTION("Action fields without an action are refused, naming the field") {
        QVariantMap values = actionValues(1, walked, QStringLiteral("oppen"));
        values.remove(QStringLiteral("action"));
        const Status refused = check(spec, values);
        CHECK_FALSE(refused.ok());
        CHECK_THAT(refused.message().toStdString(), mentions(QStringLiteral("Responsible")));
    }
    SECTION("An action starts open, and one marked fixed gets today's date") {
        QVariantMap values = actionValues(1, walked, QStringLiteral("oppen"));
        values.remove(QStringLiteral("status"));
        Record record = spec.normalized(Record{0, {}, {}, values});
        spec.derive(record);
        CHECK(record.value(QStringLiteral("status")).toString() == QStringLiteral("oppen"));
        record.values.insert(QStringLiteral("status"), QStringLiteral("atgardad"));
        // Today as the rule read the clock: the day before or after, should midnight fall between.
        const QDate dayBefore = QDate::currentDate();
        spec.derive(record);
        const QDate doneOn = record.value(QStringLiteral("done_on")).toDate();
        CHECK((doneOn == dayBefore || doneOn == QDate::currentDate()));
    }
    SECTION("A date fixed is only for a fixed action") {
        QVariantMap values = actionValues(1, walked, QStringLiteral("pagar"), QDate(2021, 12, 1));
        CHECK_FALSE(check(spec, values).ok());
    }
    SECTION("A pin without its map is dropped; half a pin is refused") {
        QVariantMap values = actionValues(1, walked, QStringLiteral("oppen"));
        values.insert(QStringLiteral("pin_x"), 0.5);
        values.insert(QStringLiteral("pin_y"), 0.5);
        Record record = spec.normalized(Record{0, {}, {}, values});
        spec.derive(record);
        CHECK_FALSE(record.value(QStringLiteral("pin_x")).isValid());
        values.insert(QStringLiteral("map_id"), 1);
        values.remove(QStringLiteral("pin_y"));
        CHECK_FALSE(check(spec, values).ok());
        values.insert(QStringLiteral("pin_y"), 1.5);
        CHECK_FALSE(check(spec, values).ok());
    }
    SECTION("The default due date is six months after the walk") {
        CHECK(WalkRegisters::dueByDefault(walked) == QDate(2022, 4, 12));
        CHECK(WalkRegisters::dueByDefault(QDate(2021, 8, 31)) == QDate(2022, 2, 28));
    }
}

TEST_CASE("A walk's start time is a time of day", "[walks]") {
    QVariantMap values = walkValues(1);
    CHECK(check(WalkRegisters::walks(), values).ok());
    values.insert(QStringLiteral("starts_at"), QStringLiteral("halv sju"));
    CHECK_FALSE(check(WalkRegisters::walks(), values).ok());
}

TEST_CASE("A photo is a PNG or JPEG of at most 1600 pixels, and a larger one is scaled on the way in",
          "[walks][image]") {
    const FieldSpec& photo = WalkRegisters::observations().field(QStringLiteral("photo"));
    const QByteArray large = jpegOf(4000, 3000);
    CHECK_FALSE(photo.validate(large).ok());
    auto fitted = ImageData::fit(large, WalkRegisters::photoSide);
    REQUIRE(fitted.ok());
    CHECK(ImageData::sizeOf(*fitted) == QSize(1600, 1200));
    CHECK(ImageData::formatOf(*fitted) == QStringLiteral("JPEG"));
    CHECK(photo.validate(*fitted).ok());
    // A small picture is kept byte for byte.
    const QByteArray small = jpegOf(640, 480);
    auto kept = ImageData::fit(small, WalkRegisters::photoSide);
    REQUIRE(kept.ok());
    CHECK(*kept == small);
    // Not a picture, whatever it is called.
    CHECK_FALSE(photo.validate(QByteArray("GIF89a....")).ok());
    CHECK_FALSE(ImageData::fit(QByteArray("%PDF-1.4"), WalkRegisters::photoSide).ok());
    // A damaged one: the right first bytes and nothing after.
    CHECK_FALSE(photo.validate(QByteArray("\x89PNG\r\n\x1a\n", 8)).ok());
}

TEST_CASE("Walks, places and their pictures survive an export and an import into a new file", "[walks]") {
    WalkFile source;
    const Record place =
        insertRecord(source.repository, WalkRegisters::places(),
                     merged(placeValues(source.municipality), {{QStringLiteral("map_id"), source.map.id},
                                                               {QStringLiteral("pin_x"), 0.25},
                                                               {QStringLiteral("pin_y"), 0.75}}));
    insertRecord(source.repository, WalkRegisters::placeAssessments(),
                 assessmentValues(place.id, QDate(2021, 10, 12), QStringLiteral("hog")));
    insertRecord(source.repository, WalkRegisters::participants(),
                 {{QStringLiteral("walk_id"), source.walk.id},
                  {QStringLiteral("participant_group"), QStringLiteral("boende")},
                  {QStringLiteral("count"), 9}});
    const QByteArray photo = jpegOf(320, 240);
    insertRecord(source.repository, WalkRegisters::observations(),
                 merged(actionValues(source.walk.id, QDate(2021, 10, 12), QStringLiteral("oppen")),
                        {{QStringLiteral("place_id"), place.id}, {QStringLiteral("photo"), photo}}));
    auto exported = JsonExporter::toJson(source.repository);
    REQUIRE(exported.ok());
    const QByteArray json = QJsonDocument(*exported).toJson();

    TestFile target;
    auto document = target.open();
    auto imported = JsonImporter::import(document->repository(), json);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    auto again = JsonExporter::toJson(document->repository());
    REQUIRE(again.ok());
    CHECK(QJsonDocument(*again).toJson() == json);
    CHECK(scalar(*document, QStringLiteral("SELECT photo FROM observations")).toByteArray() == photo);
    CHECK(scalar(*document, QStringLiteral("SELECT image FROM maps")).toByteArray() == WalkDemo::mapImage());
    CHECK(scalar(*document, QStringLiteral("SELECT pin_x || ',' || pin_y FROM places")).toString() ==
          QStringLiteral("0.25,0.75"));
}

TEST_CASE("A picture that is not base64, or not a picture, is refused by the import with nothing changed",
          "[walks][image]") {
    WalkFile file;
    auto exported = JsonExporter::toJson(file.repository);
    REQUIRE(exported.ok());
    const QByteArray before = QJsonDocument(*exported).toJson();
    for (const QString& image : {QStringLiteral("@@@ inte base64 @@@"),
                                 QString::fromLatin1(QByteArray("GIF89a just text").toBase64())}) {
        QJsonObject root = *exported;
        QJsonArray maps = root.value(QStringLiteral("maps")).toArray();
        QJsonObject map = maps.first().toObject();
        map.insert(QStringLiteral("image"), image);
        maps.replace(0, map);
        root.insert(QStringLiteral("maps"), maps);
        auto imported = JsonImporter::import(file.repository, QJsonDocument(root).toJson());
        CHECK_FALSE(imported.ok());
        CHECK_THAT(imported.message().toStdString(), mentions(QStringLiteral("maps")));
        auto after = JsonExporter::toJson(file.repository);
        REQUIRE(after.ok());
        CHECK(QJsonDocument(*after).toJson() == before);
    }
}

TEST_CASE("The change log holds what a picture is, not its bytes", "[walks][image][audit]") {
    WalkFile file;
    const Record observation =
        insertRecord(file.repository, WalkRegisters::observations(),
                     merged(actionValues(file.walk.id, QDate(2021, 10, 12), QStringLiteral("oppen")),
                            {{QStringLiteral("photo"), jpegOf(320, 240)}}));
    REQUIRE(file.document->update(WalkRegisters::observations(), observation.uuid,
                                  {{QStringLiteral("photo"), jpegOf(640, 480)}}));
    const QString logged =
        scalar(*file.document,
               QStringLiteral("SELECT new_values FROM audit_log WHERE table_name = 'observations' "
                              "ORDER BY id DESC LIMIT 1"))
            .toString();
    CHECK(logged.contains(QStringLiteral("640 × 480 px")));
    CHECK(logged.size() < 2000);
}
