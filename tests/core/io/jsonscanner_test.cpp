#include "catchqt.h"
#include "io/jsonscanner.h"

#include <QBuffer>
#include <QJsonDocument>

using lk::JsonScanner;

namespace {

struct Scanned {
    QBuffer buffer;
    QList<JsonScanner::Member> members;
    bool ok = false;
    QString error;
    qint64 offset = 0;
    bool notAnObject = false;

    explicit Scanned(const QByteArray& json) {
        buffer.setData(json);
        buffer.open(QIODevice::ReadOnly);
        JsonScanner scanner(buffer);
        ok = scanner.scanMembers(members);
        error = scanner.errorString();
        offset = scanner.errorOffset();
        notAnObject = scanner.notAnObject();
    }
    QList<QByteArray> elements(int member) {
        JsonScanner scanner(buffer);
        QList<QByteArray> found;
        QList<JsonScanner::Member> again;
        REQUIRE(scanner.scanMembers(again));
        REQUIRE(scanner.forEachElement(again.at(member), [&found](const QByteArray& bytes, qint64) {
            found << bytes;
            return true;
        }));
        return found;
    }
};

} // namespace

TEST_CASE("JsonScanner finds the top object's members and the bytes of each list's elements",
          "[import][json]") {
    Scanned scanned(
        QByteArrayLiteral("\xEF\xBB\xBF{ \"b\\u00e5t\": [ {\"a\": \"x]}\\\"\", \"n\": [1, [2]]},\n"
                          "{} ,\"text\", 12 ], \"empty\":[], \"exchange\": {\"since\": 1}}  \n"));
    REQUIRE(scanned.ok);
    REQUIRE(scanned.members.size() == 3);
    CHECK(scanned.members.at(0).name == QString::fromUtf8("båt"));
    CHECK(scanned.members.at(0).first == '[');
    CHECK(scanned.members.at(2).name == QStringLiteral("exchange"));
    CHECK(scanned.members.at(2).first == '{');
    // Each element inside brackets of its own, strings with brackets and escaped quotes left whole.
    CHECK(scanned.elements(0) ==
          QList<QByteArray>{"[{\"a\": \"x]}\\\"\", \"n\": [1, [2]]}]", "[{}]", "[\"text\"]", "[12]"});
    CHECK(scanned.elements(1).isEmpty());
}

TEST_CASE("JsonScanner reads elements across its buffer's edges", "[import][json]") {
    QByteArray json = "{\"t\": [";
    for (int i = 0; i < 5000; ++i)
        json +=
            (i ? ", " : "") + QByteArray("{\"text\": \"") + QByteArray(37, 'a' + char(i % 26)) + "\\\"\"}";
    json += "]}";
    Scanned scanned(json);
    REQUIRE(scanned.ok);
    const QList<QByteArray> elements = scanned.elements(0);
    REQUIRE(elements.size() == 5000);
    for (int i = 0; i < 5000; i += 499)
        CHECK(elements.at(i) == "[{\"text\": \"" + QByteArray(37, 'a' + char(i % 26)) + "\\\"\"}]");
}

TEST_CASE("JsonScanner says where the punctuation between members is broken, as Qt's parser does",
          "[import][json]") {
    for (const QByteArray& json :
         {QByteArray("{\"a\": [] \"b\": []}"), QByteArray("{\"a\" []}"), QByteArray("{\"a\": []"),
          QByteArray("{\"a\": []} x"), QByteArray("{\"a\": \"b"), QByteArray("{5}")}) {
        INFO(json.toStdString());
        Scanned scanned(json);
        CHECK_FALSE(scanned.ok);
        QJsonParseError qt;
        QJsonDocument::fromJson(json, &qt);
        CHECK(scanned.error == qt.errorString());
        CHECK(scanned.offset >= qt.offset - 1);
        CHECK(scanned.offset <= qt.offset);
    }
}

TEST_CASE("JsonScanner tells a list or a number at the top from broken JSON", "[import][json]") {
    CHECK(Scanned("[{\"a\": 1}]").notAnObject);
    Scanned number("12");
    CHECK_FALSE(number.ok);
    CHECK_FALSE(number.notAnObject);
    CHECK(Scanned("  {}  ").ok);
}

TEST_CASE("JsonScanner gives a position as line and column", "[import][json]") {
    QBuffer buffer;
    buffer.setData("{\n  \"a\":\n   x}");
    buffer.open(QIODevice::ReadOnly);
    CHECK(JsonScanner::position(buffer, 12).contains(QStringLiteral("3")));
}

TEST_CASE("JsonScanner says where a list of records misses its comma, as Qt's parser does",
          "[import][json]") {
    const QByteArray json = "{\"a\": [{\"b\": 1} {\"b\": 2}]}";
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    JsonScanner scanner(buffer);
    QList<JsonScanner::Member> members;
    REQUIRE(scanner.scanMembers(members));
    int elements = 0;
    CHECK_FALSE(scanner.forEachElement(members.at(0), [&elements](const QByteArray&, qint64) {
        ++elements;
        return true;
    }));
    CHECK(elements == 1);
    QJsonParseError qt;
    QJsonDocument::fromJson(json, &qt);
    CHECK(scanner.errorString() == qt.errorString());
    CHECK(scanner.errorOffset() == qt.offset);
}
