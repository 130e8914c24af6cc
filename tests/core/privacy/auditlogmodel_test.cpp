#include "auditfixture.h"
#include "privacy/auditlogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace lk;
using namespace lk::test;

namespace {

// `count` more rows by a third user, as a busy file has them, written straight into the log.
void addRows(const Repository& repository, int count) {
    REQUIRE(sql::run(repository.database(), QStringLiteral("BEGIN")).ok());
    for (int i = 0; i < count; ++i) {
        const QString when =
            QDateTime(QDate(2022, 1, 1), QTime(8, 0)).addSecs(i).toUTC().toString(Qt::ISODateWithMs);
        REQUIRE(
            sql::run(repository.database(),
                     QStringLiteral("INSERT INTO audit_log (changed_at, user_name, action, table_name, "
                                    "record_uuid, old_values, new_values) VALUES (?, 'cecilia', 'update', "
                                    "'promises', ?, '{\"title\":\"A\"}', '{\"title\":\"B\"}')"),
                     {when, QStringLiteral("uuid-%1").arg(i)})
                .ok());
    }
    REQUIRE(sql::run(repository.database(), QStringLiteral("COMMIT")).ok());
}

} // namespace

// Qt 6.4's QAbstractItemModelTester runs its checks on modelReset before it marks the reset as done, so a
// reset after which the model can fetch more rows makes it fail on its own fetchMore(). The tests below let
// it watch fetching and every reset that leaves the rows whole, and reset with more rows to come without it.

TEST_CASE("AuditLogModel shows the log newest first, a page at a time", "[audit][auditlogmodel][sqlite]") {
    AuditFile file;
    addRows(file.repository, 450);
    AuditLogModel model(file.document.get());

    CHECK(model.totalCount() == 460);
    CHECK(model.columnCount() == AuditText::ColumnCount);
    CHECK(model.rowCount() == AuditLogModel::pageSize);
    CHECK(model.canFetchMore({}));
    CHECK(model.headerData(AuditText::Record, Qt::Horizontal).toString() == QStringLiteral("Record"));
    // Björn's rows are today's, so they come first.
    CHECK(model.data(model.index(0, AuditText::User)).toString() == QStringLiteral("björn"));
    CHECK(model.data(model.index(0, AuditText::Register)).toString() == QStringLiteral("Setting"));
    CHECK(model.data(model.index(1, AuditText::Action)).toString() == QStringLiteral("Deleted"));
    CHECK(model.data(model.index(4, AuditText::User)).toString() == QStringLiteral("cecilia"));
    CHECK(model.data(model.index(4, AuditText::Changes)).toString() == QStringLiteral("Short title: A → B"));
    CHECK(model.data(model.index(4, AuditText::Changes), Qt::ToolTipRole).toString() ==
          QStringLiteral("Short title: A → B"));

    {
        // The tester fetches the next pages itself.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(model.rowCount() > AuditLogModel::pageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        CHECK(model.rowCount() == 460);
        CHECK_FALSE(model.canFetchMore({}));
        model.fetchMore({});
        CHECK(model.rowCount() == 460);
    }
    CHECK(model.data(model.index(459, AuditText::Record)).toString() == QStringLiteral("Salems kommun"));
    // Every row once, in order.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.entry(row).id);
        if (row > 0)
            CHECK(model.entry(row).changedAt <= model.entry(row - 1).changedAt);
    }
    CHECK(ids.size() == 460);

    // A change through the document is in the log at once, at the top, and as many rows as before stay
    // loaded, so that the view does not jump back to the first page.
    {
        AsUser david("david");
        REQUIRE(file.document
                    ->update(PromiseRegisters::promises(), file.tree.promise.uuid,
                             {{QStringLiteral("title"), QStringLiteral("Nattvandringar")}})
                    .ok());
    }
    CHECK(model.totalCount() == 461);
    CHECK(model.rowCount() == 460);
    CHECK(model.data(model.index(0, AuditText::User)).toString() == QStringLiteral("david"));
    CHECK(model.data(model.index(0, AuditText::Record)).toString() == QStringLiteral("Nattvandringar"));

    model.setFilter({QDate(2022, 1, 1), QDate(2022, 1, 1), {}, QStringLiteral("promises")});
    CHECK(model.totalCount() == 450);
    CHECK(model.rowCount() == 460 - 10); // all there is of them, as many were loaded
}

TEST_CASE("AuditLogModel filters in SQL and follows the document's changes",
          "[audit][auditlogmodel][sqlite]") {
    AuditFile file;
    addRows(file.repository, 150);
    AuditLogModel model(file.document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    CHECK(model.totalCount() == 160);
    model.setFilter({{}, {}, QStringLiteral("björn"), {}});
    CHECK(model.totalCount() == 4);
    CHECK(model.rowCount() == 4);
    CHECK_FALSE(model.canFetchMore({}));
    model.setFilter({QDate(2022, 1, 1), QDate(2022, 1, 1), {}, QStringLiteral("promises")});
    CHECK(model.totalCount() == 150);
    CHECK(model.rowCount() == 150);
    model.setFilter({QDate(2022, 1, 2), {}, QStringLiteral("cecilia"), {}});
    CHECK(model.totalCount() == 0);
    CHECK(model.rowCount() == 0);
    CHECK(resets.size() == 3);

    // The filter stays as it was through a change; the change shows when it passes the filter.
    model.setFilter({{}, {}, QStringLiteral("david"), {}});
    {
        AsUser david("david");
        REQUIRE(file.document
                    ->update(PromiseRegisters::promises(), file.tree.promise.uuid,
                             {{QStringLiteral("title"), QStringLiteral("Nattvandringar")}})
                    .ok());
    }
    CHECK(model.totalCount() == 1);
    CHECK(model.data(model.index(0, AuditText::Changes)).toString() ==
          QStringLiteral("Short title: ") + AuditFile::renamed + QStringLiteral(" → Nattvandringar"));
}
