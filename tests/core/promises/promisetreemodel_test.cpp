#include "catchqt.h"
#include "promises/promiseregisters.h"
#include "promises/promisetreemodel.h"
#include "testfile.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QSignalSpy>

using lk::PromiseTreeModel;
using lk::test::scalar;
using lk::test::TestFile;

namespace {

// Collects what QAbstractItemModelTester reports, so that a broken model fails the test instead of only
// printing.
class ModelTesterReports {
public:
    ModelTesterReports() {
        s_reports = &m_reports;
        s_previous = qInstallMessageHandler(handle);
    }
    ~ModelTesterReports() {
        qInstallMessageHandler(s_previous);
        s_reports = nullptr;
    }
    QStringList reports() const { return m_reports; }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message) {
        if (s_reports && type != QtDebugMsg && context.category &&
            qstrcmp(context.category, "qt.modeltest") == 0)
            s_reports->append(message);
        else if (s_previous)
            s_previous(type, context, message);
    }

    QStringList m_reports;
    static inline QStringList* s_reports = nullptr;
    static inline QtMessageHandler s_previous = nullptr;
};

struct SalemTree {
    TestFile file{QStringLiteral("salem-2021-2022")};
    std::unique_ptr<lk::Document> document = file.open();
    qint64 periodId = scalar(*document, QStringLiteral("SELECT id FROM periods")).toLongLong();
    ModelTesterReports reports;
    PromiseTreeModel model{document.get()};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Warning};

    SalemTree() { model.setPeriod(periodId); }
    ~SalemTree() { CHECK(reports.reports().isEmpty()); }

    QString uuidOf(const QString& table, const QString& title) const {
        const QString uuid =
            scalar(*document,
                   QStringLiteral("SELECT uuid FROM ") + table + QStringLiteral(" WHERE title = ?"), {title})
                .toString();
        REQUIRE_FALSE(uuid.isEmpty());
        return uuid;
    }

    QModelIndex promise(const QString& title, int column = 0) const {
        const QModelIndex found = model.indexOf(uuidOf(QStringLiteral("promises"), title));
        REQUIRE(found.isValid());
        return found.siblingAtColumn(column);
    }

    void report(const QString& title, const QDate& date, const QString& status) {
        lk::Record record;
        record.values = {
            {QStringLiteral("promise_id"),
             scalar(*document, QStringLiteral("SELECT id FROM promises WHERE title = ?"), {title})},
            {QStringLiteral("reported_on"), date},
            {QStringLiteral("status"), status}};
        auto inserted = document->insert(lk::PromiseRegisters::statuses(), record);
        INFO(inserted.message().toStdString());
        REQUIRE(inserted.ok());
    }
};

QStringList titlesUnder(const PromiseTreeModel& model, const QModelIndex& parent) {
    QStringList titles;
    for (int row = 0; row < model.rowCount(parent); ++row)
        titles << model.index(row, PromiseTreeModel::TitleColumn, parent).data().toString();
    return titles;
}

} // namespace

TEST_CASE("The tree holds the period's two focus areas with their promises beneath, in order",
          "[promises][model]") {
    SalemTree t;
    CHECK(t.model.periodId() == t.periodId);
    CHECK(t.model.columnCount() == PromiseTreeModel::ColumnCount);
    CHECK(titlesUnder(t.model, {}) ==
          QStringList{QStringLiteral("Tryggheten i kommunens centrum och andra offentliga miljöer"),
                      QStringLiteral("Tryggare hemmiljö")});
    REQUIRE(t.model.rowCount() == 2);
    CHECK(titlesUnder(t.model, t.model.index(0, 0)) ==
          QStringList{QStringLiteral("Trygghetsvandringar"), QStringLiteral("Lägesbild över otrygga platser"),
                      QStringLiteral("Operativa gruppen"), QStringLiteral("Riktat arbete mot narkotika"),
                      QStringLiteral("Informationsspridning om narkotika"),
                      QStringLiteral("Tobakstillsyn och kontrollköp")});
    CHECK(titlesUnder(t.model, t.model.index(1, 0)) ==
          QStringList{QStringLiteral("Grannsamverkan"), QStringLiteral("Trafikkontroller")});
    // Promises have no children of their own.
    CHECK(t.model.rowCount(t.model.index(0, 0, t.model.index(0, 0))) == 0);
    CHECK(t.model.rowCount(t.model.index(0, 1)) == 0);
}

TEST_CASE("The tree shows who is responsible for a promise by its label", "[promises][model]") {
    SalemTree t;
    const lk::FieldSpec* responsible =
        lk::PromiseRegisters::promises().findField(QStringLiteral("responsible"));
    REQUIRE(responsible);
    CHECK(t.promise(QStringLiteral("Trafikkontroller"), PromiseTreeModel::ResponsibleColumn)
              .data()
              .toString() == responsible->codeLabel(QStringLiteral("polisen")));
    CHECK(
        t.promise(QStringLiteral("Grannsamverkan"), PromiseTreeModel::ResponsibleColumn).data().toString() ==
        responsible->codeLabel(QStringLiteral("samverkan")));
    CHECK(t.model.index(0, PromiseTreeModel::ResponsibleColumn).data().toString().isEmpty());
}

TEST_CASE("The tree shows nothing of another period", "[promises][model]") {
    SalemTree t;
    lk::Record period;
    period.values = {{QStringLiteral("municipality_id"),
                      scalar(*t.document, QStringLiteral("SELECT id FROM municipalities"))},
                     {QStringLiteral("name"), QStringLiteral("2023–2024")},
                     {QStringLiteral("start_date"), QDate(2023, 1, 1)},
                     {QStringLiteral("end_date"), QDate(2024, 12, 31)}};
    auto newPeriod = t.document->insert(lk::PromiseRegisters::periods(), period);
    REQUIRE(newPeriod.ok());
    lk::Record area;
    area.values = {{QStringLiteral("period_id"), newPeriod->id},
                   {QStringLiteral("sort_order"), 1},
                   {QStringLiteral("title"), QStringLiteral("Trafik")}};
    auto newArea = t.document->insert(lk::PromiseRegisters::focusAreas(), area);
    INFO(newArea.message().toStdString());
    REQUIRE(newArea.ok());

    CHECK(t.model.rowCount() == 2);
    CHECK_FALSE(titlesUnder(t.model, {}).contains(QStringLiteral("Trafik")));

    t.model.setPeriod(newPeriod->id);
    CHECK(t.model.periodId() == newPeriod->id);
    CHECK(titlesUnder(t.model, {}) == QStringList{QStringLiteral("Trafik")});
    CHECK(t.model.rowCount(t.model.index(0, 0)) == 0);
}

TEST_CASE("The status column shows a promise's latest report by date, not the last one entered",
          "[promises][model]") {
    SalemTree t;
    const lk::FieldSpec* status = lk::PromiseRegisters::statuses().findField(QStringLiteral("status"));
    REQUIRE(status);
    const QModelIndex before = t.promise(QStringLiteral("Operativa gruppen"), PromiseTreeModel::StatusColumn);
    CHECK(before.data(PromiseTreeModel::StatusCodeRole).toString().isEmpty());
    const QString notReported = before.data().toString();
    CHECK_FALSE(notReported.isEmpty());

    t.report(QStringLiteral("Operativa gruppen"), QDate(2022, 8, 31), QStringLiteral("forsenad"));
    t.report(QStringLiteral("Operativa gruppen"), QDate(2021, 4, 30), QStringLiteral("genomford"));
    t.report(QStringLiteral("Operativa gruppen"), QDate(2021, 12, 31), QStringLiteral("paborjad"));
    t.report(QStringLiteral("Trafikkontroller"), QDate(2021, 4, 30), QStringLiteral("paborjad"));

    const QModelIndex og = t.promise(QStringLiteral("Operativa gruppen"), PromiseTreeModel::StatusColumn);
    CHECK(og.data(PromiseTreeModel::StatusCodeRole).toString() == QStringLiteral("forsenad"));
    // Which status, not how it looks: the view paints its colour (ui/promises/StatusDelegate).
    CHECK_FALSE(og.data(Qt::DecorationRole).isValid());
    CHECK(og.data().toString() == status->codeLabel(QStringLiteral("forsenad")));
    CHECK(t.promise(QStringLiteral("Trafikkontroller"), PromiseTreeModel::StatusColumn)
              .data(PromiseTreeModel::StatusCodeRole)
              .toString() == QStringLiteral("paborjad"));
    // Promises without a report keep saying so; focus areas have no status.
    CHECK(t.promise(QStringLiteral("Grannsamverkan"), PromiseTreeModel::StatusColumn).data().toString() ==
          notReported);
    CHECK(t.model.index(0, PromiseTreeModel::StatusColumn).data().toString().isEmpty());
}

TEST_CASE("A reported status the figures contradict is marked, and its tooltip says how they part",
          "[promises][model]") {
    SalemTree t;
    // No meeting held in the whole period, yet reported done.
    t.report(QStringLiteral("Operativa gruppen"), QDate(2022, 12, 31), QStringLiteral("genomford"));
    t.report(QStringLiteral("Trafikkontroller"), QDate(2022, 12, 31), QStringLiteral("ej_paborjad"));
    const QModelIndex og = t.promise(QStringLiteral("Operativa gruppen"), PromiseTreeModel::StatusColumn);
    CHECK(og.data().toString().endsWith(QStringLiteral(" \u26A0")));
    CHECK(og.data(Qt::ToolTipRole)
              .toString()
              .startsWith(QStringLiteral("Reported done, but the figures fall short")));
    CHECK(og.siblingAtColumn(PromiseTreeModel::AssessmentColumn).data(PromiseTreeModel::LightRole).toInt() ==
          int(lk::PromiseProgress::Light::Red));
    // A status that does not claim more than the figures show is not marked.
    const QModelIndex traffic = t.promise(QStringLiteral("Trafikkontroller"), PromiseTreeModel::StatusColumn);
    CHECK_FALSE(traffic.data().toString().contains(QChar(0x26A0)));
    CHECK(traffic.data(Qt::ToolTipRole).toString().isEmpty());
}

TEST_CASE("kind, uuid and indexOf agree with each other and with the file", "[promises][model]") {
    SalemTree t;
    const QString areaUuid = t.uuidOf(QStringLiteral("focus_areas"), QStringLiteral("Tryggare hemmiljö"));
    const QModelIndex area = t.model.indexOf(areaUuid);
    REQUIRE(area.isValid());
    CHECK(area.row() == 1);
    CHECK_FALSE(area.parent().isValid());
    CHECK(t.model.kind(area) == PromiseTreeModel::Kind::FocusArea);
    CHECK(t.model.uuid(area) == areaUuid);
    CHECK(area.data(PromiseTreeModel::UuidRole).toString() == areaUuid);
    CHECK(t.model.recordId(area) ==
          scalar(*t.document, QStringLiteral("SELECT id FROM focus_areas WHERE uuid = ?"), {areaUuid})
              .toLongLong());

    const QString promiseUuid = t.uuidOf(QStringLiteral("promises"), QStringLiteral("Trafikkontroller"));
    const QModelIndex promise = t.model.indexOf(promiseUuid);
    REQUIRE(promise.isValid());
    CHECK(promise.parent() == area);
    CHECK(promise.row() == 1);
    CHECK(t.model.kind(promise) == PromiseTreeModel::Kind::Promise);
    CHECK(t.model.uuid(promise) == promiseUuid);
    CHECK(t.model.uuid(promise.siblingAtColumn(PromiseTreeModel::StatusColumn)) == promiseUuid);
    CHECK(t.model.recordId(promise) ==
          scalar(*t.document, QStringLiteral("SELECT id FROM promises WHERE uuid = ?"), {promiseUuid})
              .toLongLong());

    // Every row's uuid leads back to the same row.
    for (int a = 0; a < t.model.rowCount(); ++a) {
        const QModelIndex areaIndex = t.model.index(a, 0);
        CHECK(t.model.indexOf(t.model.uuid(areaIndex)) == areaIndex);
        for (int p = 0; p < t.model.rowCount(areaIndex); ++p) {
            const QModelIndex promiseIndex = t.model.index(p, 0, areaIndex);
            CHECK(t.model.indexOf(t.model.uuid(promiseIndex)) == promiseIndex);
        }
    }
    CHECK_FALSE(t.model.indexOf(QStringLiteral("0d6f9c55-3b1a-4f2e-8c7d-9e0a1b2c3d4e")).isValid());
    CHECK(t.model.uuid({}).isEmpty());
}

TEST_CASE("An edit through the document shows in the tree, and so does its undo", "[promises][model]") {
    SalemTree t;
    const QString uuid = t.uuidOf(QStringLiteral("promises"), QStringLiteral("Operativa gruppen"));
    // The model may reset or refresh its rows in place; either way the views must hear of it.
    QSignalSpy reset(&t.model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&t.model, &QAbstractItemModel::dataChanged);

    const lk::Status updated =
        t.document->update(lk::PromiseRegisters::promises(), uuid,
                           {{QStringLiteral("title"), QStringLiteral("Operativa gruppen (OG)")},
                            {QStringLiteral("responsible"), QStringLiteral("kommunen")}});
    INFO(updated.message().toStdString());
    REQUIRE(updated.ok());
    CHECK(reset.count() + changed.count() >= 1);
    QModelIndex index = t.model.indexOf(uuid);
    REQUIRE(index.isValid());
    CHECK(index.data().toString() == QStringLiteral("Operativa gruppen (OG)"));
    CHECK(index.siblingAtColumn(PromiseTreeModel::ResponsibleColumn).data().toString() ==
          lk::PromiseRegisters::promises()
              .field(QStringLiteral("responsible"))
              .codeLabel(QStringLiteral("kommunen")));

    t.document->undoStack()->undo();
    index = t.model.indexOf(uuid);
    REQUIRE(index.isValid());
    CHECK(index.data().toString() == QStringLiteral("Operativa gruppen"));
}

TEST_CASE("Adding and deleting a promise through the document changes the tree", "[promises][model]") {
    SalemTree t;
    const QString areaUuid = t.uuidOf(QStringLiteral("focus_areas"), QStringLiteral("Tryggare hemmiljö"));
    lk::Record promise;
    promise.values = {{QStringLiteral("focus_area_id"), t.model.recordId(t.model.indexOf(areaUuid))},
                      {QStringLiteral("sort_order"), 3},
                      {QStringLiteral("title"), QStringLiteral("Brandskydd i hemmet")},
                      {QStringLiteral("text"), QStringLiteral("Informera om brandvarnare.")},
                      {QStringLiteral("responsible"), QStringLiteral("kommunen")}};
    auto inserted = t.document->insert(lk::PromiseRegisters::promises(), promise);
    REQUIRE(inserted.ok());
    CHECK(titlesUnder(t.model, t.model.indexOf(areaUuid)) ==
          QStringList{QStringLiteral("Grannsamverkan"), QStringLiteral("Trafikkontroller"),
                      QStringLiteral("Brandskydd i hemmet")});

    const QString trafik = t.uuidOf(QStringLiteral("promises"), QStringLiteral("Trafikkontroller"));
    REQUIRE(t.document->remove(lk::PromiseRegisters::promises(), trafik).ok());
    CHECK_FALSE(t.model.indexOf(trafik).isValid());
    CHECK(titlesUnder(t.model, t.model.indexOf(areaUuid)) ==
          QStringList{QStringLiteral("Grannsamverkan"), QStringLiteral("Brandskydd i hemmet")});

    REQUIRE(t.document->remove(lk::PromiseRegisters::focusAreas(), areaUuid).ok());
    CHECK(t.model.rowCount() == 1);
    t.document->undoStack()->undo();
    CHECK(t.model.rowCount() == 2);
}

TEST_CASE("The tree has headers for its three columns", "[promises][model]") {
    SalemTree t;
    for (int column = 0; column < PromiseTreeModel::ColumnCount; ++column)
        CHECK_FALSE(t.model.headerData(column, Qt::Horizontal).toString().isEmpty());
    CHECK(t.model.headerData(0, Qt::Horizontal).toString() !=
          t.model.headerData(2, Qt::Horizontal).toString());
}
