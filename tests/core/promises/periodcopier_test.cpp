#include "catchqt.h"
#include "db/sql.h"
#include "demo/demodata.h"
#include "promises/periodcopier.h"
#include "promises/promiseregisters.h"
#include "testfile.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using lk::test::scalar;
using lk::test::TestFile;

namespace {

const QString newName = QStringLiteral("2023–2024");

// What a period holds, read independently of the copier: focus areas with their promises and targets, in
// order.
QStringList contentOf(const lk::Document& document, qint64 periodId) {
    QStringList lines;
    auto rows = lk::sql::run(
        document.database().connection(),
        QStringLiteral("SELECT f.sort_order, f.title, f.situation, p.sort_order, p.title, p.aim, "
                       "p.text, p.responsible, t.counted, t.quantity, t.per, t.unit, t.source, t.each_unit "
                       "FROM focus_areas f "
                       "LEFT JOIN promises p ON p.focus_area_id = f.id "
                       "LEFT JOIN targets t ON t.promise_id = p.id "
                       "WHERE f.period_id = ? ORDER BY f.sort_order, p.sort_order, t.counted"),
        {periodId});
    REQUIRE(rows.ok());
    while (rows->next()) {
        QStringList fields;
        for (int i = 0; i < 14; ++i)
            fields << rows->value(i).toString();
        lines << fields.join(QLatin1Char('|'));
    }
    return lines;
}

QStringList uuidsOf(const lk::Document& document, qint64 periodId) {
    QStringList uuids;
    auto rows =
        lk::sql::run(document.database().connection(),
                     QStringLiteral("SELECT f.uuid FROM focus_areas f WHERE f.period_id = ? "
                                    "UNION ALL SELECT p.uuid FROM promises p JOIN focus_areas f ON "
                                    "f.id = p.focus_area_id WHERE f.period_id = ? "
                                    "UNION ALL SELECT t.uuid FROM targets t JOIN promises p ON p.id = "
                                    "t.promise_id JOIN focus_areas f ON f.id = p.focus_area_id WHERE "
                                    "f.period_id = ?"),
                     {periodId, periodId, periodId});
    REQUIRE(rows.ok());
    while (rows->next())
        uuids << rows->value(0).toString();
    return uuids;
}

// A demo file (Salem with status reports), so that "no status reports in the copy" means something.
struct DemoFile {
    TestFile file;
    std::unique_ptr<lk::Document> document = file.open();
    QString sourceUuid;
    qint64 sourceId = 0;

    DemoFile() {
        const lk::Status filled = lk::DemoData::fill(document->repository(), QStringLiteral("sample"));
        INFO(filled.message().toStdString());
        REQUIRE(filled.ok());
        sourceUuid = scalar(*document, QStringLiteral("SELECT uuid FROM periods")).toString();
        sourceId = scalar(*document, QStringLiteral("SELECT id FROM periods")).toLongLong();
        REQUIRE(sourceId > 0);
    }

    lk::ChangeSet copy() const {
        auto changes = lk::PeriodCopier::copy(document->repository(), sourceUuid, newName, QDate(2023, 1, 1),
                                              QDate(2024, 12, 31));
        INFO(changes.message().toStdString());
        REQUIRE(changes.ok());
        return *changes;
    }

    qint64 performCopy() {
        auto applied = document->perform(copy(), QStringLiteral("Copy period"));
        INFO(applied.message().toStdString());
        REQUIRE(applied.ok());
        const qint64 id =
            scalar(*document, QStringLiteral("SELECT id FROM periods WHERE name = ?"), {newName})
                .toLongLong();
        REQUIRE(id > 0);
        return id;
    }
};

QJsonObject parsed(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object();
}

} // namespace

TEST_CASE("The copy starts with the new period, and writing it needs nothing else",
          "[promises][periodcopier]") {
    DemoFile f;
    const QByteArray before = TestFile::exportOf(*f.document);
    const lk::ChangeSet changes = f.copy();
    // Building the change writes nothing.
    CHECK(TestFile::exportOf(*f.document) == before);

    REQUIRE_FALSE(changes.isEmpty());
    const lk::RowChange& first = changes.rows.first();
    CHECK(first.spec == &lk::PromiseRegisters::periods());
    CHECK_FALSE(first.before.has_value());
    REQUIRE(first.after.has_value());
    CHECK(first.after->value(QStringLiteral("name")).toString() == newName);
    CHECK(first.after->value(QStringLiteral("start_date")).toDate() == QDate(2023, 1, 1));
    CHECK(first.after->value(QStringLiteral("end_date")).toDate() == QDate(2024, 12, 31));
    for (const lk::RowChange& row : changes.rows) {
        CHECK_FALSE(row.before.has_value());
        CHECK(row.spec != &lk::PromiseRegisters::statuses());
    }
    // 1 period, 2 focus areas, 8 promises, 12 targets (the safety walks', Operativa gruppen's, the police's
    // four, tobacco's two, neighbourhood watch's four).
    CHECK(changes.rows.size() == 1 + 2 + 8 + 12);
}

TEST_CASE("A copied period has the source's municipality, focus areas, promises and targets",
          "[promises][periodcopier]") {
    DemoFile f;
    const qint64 copyId = f.performCopy();
    CHECK(copyId != f.sourceId);

    CHECK(scalar(*f.document, QStringLiteral("SELECT municipality_id FROM periods WHERE id = ?"), {copyId}) ==
          scalar(*f.document, QStringLiteral("SELECT municipality_id FROM periods WHERE id = ?"),
                 {f.sourceId}));
    CHECK(scalar(*f.document, QStringLiteral("SELECT start_date FROM periods WHERE id = ?"), {copyId})
              .toString() == QStringLiteral("2023-01-01"));
    CHECK(scalar(*f.document, QStringLiteral("SELECT end_date FROM periods WHERE id = ?"), {copyId})
              .toString() == QStringLiteral("2024-12-31"));

    const QStringList source = contentOf(*f.document, f.sourceId);
    REQUIRE(source.size() == 13); // a line per promise and target: drugs and tobacco have two, watch four
    CHECK(contentOf(*f.document, copyId) == source);
    CHECK(scalar(*f.document,
                 QStringLiteral("SELECT COUNT(*) FROM targets t JOIN promises p ON p.id = t.promise_id JOIN "
                                "focus_areas f ON f.id = p.focus_area_id WHERE f.period_id = ?"),
                 {copyId})
              .toLongLong() == 12);
}

TEST_CASE("A copied period's records have new UUIDs and no status reports", "[promises][periodcopier]") {
    DemoFile f;
    const qint64 copyId = f.performCopy();

    const QStringList source = uuidsOf(*f.document, f.sourceId);
    const QStringList copied = uuidsOf(*f.document, copyId);
    REQUIRE(copied.size() == source.size());
    REQUIRE(copied.size() == 2 + 8 + 12);
    for (const QString& uuid : copied) {
        CHECK_FALSE(uuid.isEmpty());
        CHECK_FALSE(source.contains(uuid));
        CHECK(copied.count(uuid) == 1);
    }
    CHECK(scalar(*f.document, QStringLiteral("SELECT uuid FROM periods WHERE id = ?"), {copyId}).toString() !=
          f.sourceUuid);

    CHECK(scalar(
              *f.document,
              QStringLiteral("SELECT COUNT(*) FROM promise_statuses s JOIN promises p ON p.id = s.promise_id "
                             "JOIN focus_areas f ON f.id = p.focus_area_id WHERE f.period_id = ?"),
              {copyId})
              .toLongLong() == 0);
}

TEST_CASE("Copying a period leaves the source period as it was", "[promises][periodcopier]") {
    DemoFile f;
    const QJsonObject before = parsed(TestFile::exportOf(*f.document));
    f.performCopy();
    const QJsonObject after = parsed(TestFile::exportOf(*f.document));

    for (auto table = before.begin(); table != before.end(); ++table) {
        const QJsonArray now = after.value(table.key()).toArray();
        for (const QJsonValue& record : table.value().toArray()) {
            INFO(table.key().toStdString()
                 << " " << record.toObject().value(QStringLiteral("uuid")).toString().toStdString());
            CHECK(now.contains(record));
        }
    }
    CHECK(after.value(QStringLiteral("promise_statuses")) ==
          before.value(QStringLiteral("promise_statuses")));
}

TEST_CASE("A copied period is one undo step, and undo removes all of it", "[promises][periodcopier]") {
    DemoFile f;
    const QByteArray before = TestFile::exportOf(*f.document);
    const int steps = f.document->undoStack()->count();
    const qint64 copyId = f.performCopy();
    CHECK(f.document->undoStack()->count() == steps + 1);
    CHECK(TestFile::exportOf(*f.document) != before);

    f.document->undoStack()->undo();
    CHECK(TestFile::exportOf(*f.document) == before);
    CHECK(scalar(*f.document, QStringLiteral("SELECT COUNT(*) FROM periods WHERE id = ?"), {copyId})
              .toLongLong() == 0);
    CHECK(scalar(*f.document, QStringLiteral("SELECT COUNT(*) FROM focus_areas")).toLongLong() == 2);

    // And redo brings it back whole.
    f.document->undoStack()->redo();
    CHECK(contentOf(*f.document, copyId) == contentOf(*f.document, f.sourceId));
}

TEST_CASE("Copying a period that does not exist is refused", "[promises][periodcopier]") {
    DemoFile f;
    auto changes = lk::PeriodCopier::copy(f.document->repository(),
                                          QStringLiteral("0d6f9c55-3b1a-4f2e-8c7d-9e0a1b2c3d4e"), newName,
                                          QDate(2023, 1, 1), QDate(2024, 12, 31));
    CHECK_FALSE(changes.ok());
    CHECK_FALSE(changes.message().isEmpty());
}

TEST_CASE("A copy with the end before the start is refused when written, and nothing changes",
          "[promises][periodcopier]") {
    DemoFile f;
    const QByteArray before = TestFile::exportOf(*f.document);
    const int steps = f.document->undoStack()->count();
    auto changes = lk::PeriodCopier::copy(f.document->repository(), f.sourceUuid, newName,
                                          QDate(2024, 12, 31), QDate(2023, 1, 1));
    if (changes.ok()) {
        auto applied = f.document->perform(*changes, QStringLiteral("Copy period"));
        CHECK_FALSE(applied.ok());
    }
    CHECK(TestFile::exportOf(*f.document) == before);
    CHECK(f.document->undoStack()->count() == steps);
}
