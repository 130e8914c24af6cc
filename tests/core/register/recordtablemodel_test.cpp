#include "catchqt.h"
#include "register/recordtablemodel.h"
#include "registerfixture.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QDate>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>

#include <algorithm>

using namespace lk;
using namespace lk::test;

namespace {

// Collects every warning while it lives: QAbstractItemModelTester in Warning mode reports through qWarning.
class WarningCollector {
public:
    WarningCollector() {
        s_current = this;
        m_previous = qInstallMessageHandler(&WarningCollector::handle);
    }
    ~WarningCollector() {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    QStringList messages;

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message) {
        if (s_current && type != QtDebugMsg && type != QtInfoMsg)
            s_current->messages << QString::fromLatin1(context.category ? context.category : "") +
                                       QStringLiteral(": ") + message;
    }
    static inline WarningCollector* s_current = nullptr;
    QtMessageHandler m_previous = nullptr;
};

enum Column { Title, Responsible, FocusArea, Order, Aim };

QStringList promiseColumns() {
    return {QStringLiteral("title"), QStringLiteral("responsible"), QStringLiteral("focus_area_id"),
            QStringLiteral("sort_order"), QStringLiteral("aim")};
}

// Promises in two focus areas, with titles chosen for the filter tests.
struct Promises {
    TestFile file;
    std::unique_ptr<Document> document = file.open();
    Repository repository = document->repository();
    PromiseTree tree = makeTree(repository); // promise "Trygghetsvandringar", samverkan
    Record alpha, beta, percent, underscore, orebro;
    Record traffic;     // a second focus area
    Record speedChecks; // its only promise

    explicit Promises(lk::Engine engine = lk::Engine::Sqlite)
        : file(engine) {
        const RegisterSpec& promises = PromiseRegisters::promises();
        const qint64 area = tree.focusArea.id;
        alpha =
            insertRecord(repository, promises,
                         promiseValues(area, 2, QStringLiteral("Alpha walk"), QStringLiteral("kommunen")));
        beta =
            insertRecord(repository, promises,
                         promiseValues(area, 3, QStringLiteral("Beta meeting"), QStringLiteral("polisen")));
        percent =
            insertRecord(repository, promises,
                         promiseValues(area, 4, QStringLiteral("100% sure"), QStringLiteral("kommunen")));
        underscore = insertRecord(repository, promises,
                                  promiseValues(area, 5, QStringLiteral("a_b"), QStringLiteral("samverkan")));
        orebro = insertRecord(
            repository, promises,
            promiseValues(area, 6, QStringLiteral("Örebromodellen"), QStringLiteral("kommunen")));
        traffic = insertRecord(repository, PromiseRegisters::focusAreas(),
                               focusAreaValues(tree.period.id, 2, QStringLiteral("Trafik")));
        speedChecks = insertRecord(
            repository, promises,
            promiseValues(traffic.id, 1, QStringLiteral("Hastighetskontroller"), QStringLiteral("polisen")));
    }

    qint64 count() const { return rowCount(repository, QStringLiteral("promises")); }
    QVariant storedTitle(const Record& promise) const {
        return scalar(*document, QStringLiteral("SELECT title FROM promises WHERE uuid = ?"), {promise.uuid});
    }
};

QSet<QString> uuidsIn(const RecordTableModel& model) {
    QSet<QString> uuids;
    for (int row = 0; row < model.rowCount(); ++row)
        uuids.insert(model.uuidAt(row));
    return uuids;
}

QStringList column(const RecordTableModel& model, int column, int role = Qt::DisplayRole) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

// A flat table that wrongly claims children: the tester must complain, or the checks below prove nothing.
class BrokenModel : public QAbstractTableModel {
public:
    int rowCount(const QModelIndex&) const override { return 2; }
    int columnCount(const QModelIndex&) const override { return 1; }
    QVariant data(const QModelIndex&, int) const override { return {}; }
};

} // namespace

TEST_CASE("The model tester reports a broken model through the warning collector", "[recordtablemodel]") {
    WarningCollector warnings;
    BrokenModel broken;
    QAbstractItemModelTester tester(&broken, QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK_FALSE(warnings.messages.isEmpty());
}

TEST_CASE("RecordTableModel passes QAbstractItemModelTester through reloads, sorting, filters and paging",
          "[recordtablemodel][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    Promises data(engine);
    WarningCollector warnings;
    RecordTableModel model(data.document.get(), PromiseRegisters::promises(), promiseColumns());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    model.sort(Title, Qt::AscendingOrder);
    model.sort(Responsible, Qt::DescendingOrder);
    model.sort(FocusArea, Qt::AscendingOrder);
    model.setTextFilter(QStringLiteral("a"));
    model.setTextFilter(QStringLiteral("no such text"));
    model.setTextFilter(QString());
    model.setParentFilter(QStringLiteral("focus_area_id"), data.traffic.id);
    model.setParentFilter(QStringLiteral("focus_area_id"), QVariant());
    model.setParentFilter(QString(), QVariant());
    REQUIRE(data.document
                ->insert(PromiseRegisters::promises(),
                         recordOf(promiseValues(data.traffic.id, 2, QStringLiteral("Nykter trafik"))))
                .ok());
    REQUIRE(data.document
                ->update(PromiseRegisters::promises(), data.alpha.uuid,
                         {{QStringLiteral("title"), QStringLiteral("Zeta walk")}})
                .ok());
    REQUIRE(model.setData(model.index(0, Title), QStringLiteral("Först")));
    REQUIRE(data.document->remove(PromiseRegisters::focusAreas(), data.traffic.uuid).ok());
    data.document->undoStack()->undo();
    data.document->undoStack()->undo();
    if (model.canFetchMore({}))
        model.fetchMore({});

    // Paging on a register with more rows than a page.
    ChangeSet statuses;
    for (int i = 0; i < RecordTableModel::pageSize + 50; ++i)
        statuses.insert(
            PromiseRegisters::statuses(),
            recordOf(statusValues(data.tree.promise.id, QDate(2021, 1, 1).addDays(i).toString(Qt::ISODate))));
    REQUIRE(data.repository.apply(statuses).ok());
    RecordTableModel paged(
        data.document.get(), PromiseRegisters::statuses(),
        {QStringLiteral("reported_on"), QStringLiteral("status"), QStringLiteral("promise_id")});
    QAbstractItemModelTester pagedTester(&paged, QAbstractItemModelTester::FailureReportingMode::Warning);
    while (paged.canFetchMore({}))
        paged.fetchMore({});
    paged.sort(1, Qt::DescendingOrder);
    paged.setTextFilter(QStringLiteral("Started"));

    INFO(warnings.messages.join(u'\n').toStdString());
    CHECK(warnings.messages.isEmpty());
}

TEST_CASE("RecordTableModel shows each column as the user reads it", "[recordtablemodel][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    Promises data(engine);
    RecordTableModel model(data.document.get(), PromiseRegisters::promises(), promiseColumns());
    const RegisterSpec& spec = PromiseRegisters::promises();

    REQUIRE(model.columnCount() == promiseColumns().size());
    REQUIRE(model.rowCount() == data.count());
    CHECK(model.totalCount() == data.count());
    CHECK_FALSE(model.canFetchMore({}));
    for (int c = 0; c < model.columnCount(); ++c) {
        CHECK(model.headerData(c, Qt::Horizontal).toString() ==
              spec.field(promiseColumns().at(c)).displayLabel());
        CHECK(&model.columnField(c) == &spec.field(promiseColumns().at(c)));
    }

    QList<qint64> orders;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString uuid = model.uuidAt(row);
        INFO("row " << row);
        CHECK(model.index(row, 0).data(RecordTableModel::UuidRole).toString() == uuid);
        CHECK(model.rowOf(uuid) == row);
        auto stored = data.repository.find(spec, uuid);
        REQUIRE(stored.ok());
        REQUIRE(stored->has_value());
        const Record& record = **stored;

        CHECK(model.index(row, Title).data().toString() == record.value(QStringLiteral("title")).toString());
        const QString code = record.value(QStringLiteral("responsible")).toString();
        CHECK(model.index(row, Responsible).data().toString() ==
              spec.field(QStringLiteral("responsible")).codeLabel(code));
        CHECK(model.index(row, Responsible).data(Qt::EditRole).toString() == code);
        auto area = data.repository.findById(PromiseRegisters::focusAreas(),
                                             record.value(QStringLiteral("focus_area_id")).toLongLong());
        REQUIRE(area.ok());
        REQUIRE(area->has_value());
        CHECK(model.index(row, FocusArea).data().toString() ==
              (*area)->value(QStringLiteral("title")).toString());
        CHECK(model.index(row, FocusArea).data(Qt::EditRole).toLongLong() == (*area)->id);
        CHECK(model.index(row, Order).data(Qt::EditRole).toLongLong() ==
              record.value(QStringLiteral("sort_order")).toLongLong());
        CHECK((model.index(row, Order).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight) != 0);
        CHECK(model.flags(model.index(row, Title)).testFlag(Qt::ItemIsEditable));
        orders << record.value(QStringLiteral("sort_order")).toLongLong();
    }
    // The register's natural order (sort_order).
    CHECK(std::is_sorted(orders.begin(), orders.end()));
    CHECK(model.uuidAt(-1).isEmpty());
    CHECK(model.uuidAt(model.rowCount()).isEmpty());
    CHECK(model.rowOf(QStringLiteral("not-a-uuid")) == -1);
}

TEST_CASE("A long text shows its first line in the table and all of it as a tool tip",
          "[recordtablemodel][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    const PromiseTree tree = makeTree(document->repository());
    RecordTableModel model(document.get(), PromiseRegisters::focusAreas(),
                           {QStringLiteral("title"), QStringLiteral("situation")});
    const int row = model.rowOf(tree.focusArea.uuid);
    REQUIRE(row >= 0);
    const QString situation = tree.focusArea.value(QStringLiteral("situation")).toString();
    REQUIRE(situation.contains(u'\n'));
    CHECK(model.index(row, 1).data().toString() == situation.section(u'\n', 0, 0));
    CHECK(model.index(row, 1).data(Qt::ToolTipRole).toString() == situation);
}

TEST_CASE("RecordTableModel loads 200 rows at a time", "[recordtablemodel][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    const Repository repository = document->repository();
    const PromiseTree tree = makeTree(repository); // one status of its own
    const Record other = insertRecord(repository, PromiseRegisters::promises(),
                                      promiseValues(tree.focusArea.id, 2, QStringLiteral("Annat löfte")));
    ChangeSet changes;
    const int many = 450;
    for (int i = 0; i < many - 1; ++i) // two reports a day, so that equal dates meet at page borders
        changes.insert(
            PromiseRegisters::statuses(),
            recordOf(statusValues(tree.promise.id, QDate(2021, 1, 1).addDays(i / 2).toString(Qt::ISODate),
                                  i % 3 == 0 ? QStringLiteral("genomford") : QStringLiteral("paborjad"))));
    for (int i = 0; i < 30; ++i)
        changes.insert(PromiseRegisters::statuses(),
                       recordOf(statusValues(other.id, QDate(2022, 1, 1).addDays(i).toString(Qt::ISODate))));
    REQUIRE(repository.apply(changes).ok());
    REQUIRE(rowCount(repository, QStringLiteral("promise_statuses")) == many + 30);

    RecordTableModel model(
        document.get(), PromiseRegisters::statuses(),
        {QStringLiteral("reported_on"), QStringLiteral("status"), QStringLiteral("comment")});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setParentFilter(QStringLiteral("promise_id"), tree.promise.id);
    CHECK(model.totalCount() == many);
    CHECK(model.rowCount() == RecordTableModel::pageSize);
    REQUIRE(model.canFetchMore({}));

    model.fetchMore({});
    CHECK(model.rowCount() == 2 * RecordTableModel::pageSize);
    CHECK(inserted.count() == 1);
    model.fetchMore({});
    CHECK(model.rowCount() == many);
    CHECK_FALSE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == many);
    CHECK(inserted.count() == 2);

    // Every row once, newest first, all of the chosen promise.
    CHECK(uuidsIn(model).size() == many);
    QList<QDate> dates;
    for (int row = 0; row < model.rowCount(); ++row)
        dates << model.index(row, 0).data(Qt::EditRole).toDate();
    CHECK(std::is_sorted(dates.begin(), dates.end(), std::greater<>()));
    CHECK_FALSE(model.canFetchMore(model.index(0, 0)));

    // A reload (a new sort order) keeps what was loaded.
    model.sort(1, Qt::AscendingOrder);
    CHECK(model.rowCount() == many);
    CHECK(uuidsIn(model).size() == many);

    // A narrower filter needs no more pages; the other promise has fewer rows than a page.
    model.setParentFilter(QStringLiteral("promise_id"), other.id);
    CHECK(model.rowCount() == 30);
    CHECK(model.totalCount() == 30);
    CHECK_FALSE(model.canFetchMore({}));
}

TEST_CASE("Sorting a code column sorts by the label the user reads", "[recordtablemodel][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    Promises data(engine);
    RecordTableModel model(data.document.get(), PromiseRegisters::promises(), promiseColumns());
    const FieldSpec& responsible = PromiseRegisters::promises().field(QStringLiteral("responsible"));

    // Only meaningful when the labels sort differently from the codes, as they do here.
    QStringList codes;
    for (const CodeOption& option : responsible.codes)
        codes << option.code;
    QStringList byLabel = codes;
    std::sort(byLabel.begin(), byLabel.end(), [&](const QString& a, const QString& b) {
        return responsible.codeLabel(a) < responsible.codeLabel(b);
    });
    std::sort(codes.begin(), codes.end());
    REQUIRE(byLabel != codes);

    model.sort(Responsible, Qt::AscendingOrder);
    const QStringList ascending = column(model, Responsible);
    CHECK(ascending.size() == data.count());
    CHECK(std::is_sorted(ascending.begin(), ascending.end()));
    const QStringList shownCodes = column(model, Responsible, Qt::EditRole);
    CHECK_FALSE(std::is_sorted(shownCodes.begin(), shownCodes.end()));

    model.sort(Responsible, Qt::DescendingOrder);
    const QStringList descending = column(model, Responsible);
    CHECK(std::is_sorted(descending.begin(), descending.end(), std::greater<>()));
}

TEST_CASE("Sorting text and reference columns", "[recordtablemodel][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    Promises data(engine);
    RecordTableModel model(data.document.get(), PromiseRegisters::promises(), promiseColumns());
    QCollator swedish(QLocale(QLocale::Swedish, QLocale::Sweden));
    swedish.setCaseSensitivity(Qt::CaseInsensitive);
    const auto before = [&swedish](const QString& a, const QString& b) { return swedish.compare(a, b) < 0; };
    const auto after = [&swedish](const QString& a, const QString& b) { return swedish.compare(a, b) > 0; };

    model.sort(Title, Qt::AscendingOrder);
    QStringList titles = column(model, Title);
    CHECK(std::is_sorted(titles.begin(), titles.end(), before));
    CHECK(titles.size() == data.count());
    // Swedish order, not code-unit order: "a_b" beside "Alpha walk", "Örebromodellen" last.
    CHECK(titles.last() == QStringLiteral("Örebromodellen"));
    CHECK(titles.indexOf(QStringLiteral("a_b")) < titles.indexOf(QStringLiteral("Beta meeting")));

    model.sort(Title, Qt::DescendingOrder);
    titles = column(model, Title);
    CHECK(std::is_sorted(titles.begin(), titles.end(), after));

    // "Trafik" after "Tryggheten i centrum" only in descending order.
    model.sort(FocusArea, Qt::DescendingOrder);
    const QStringList areas = column(model, FocusArea);
    CHECK(std::is_sorted(areas.begin(), areas.end(), std::greater<>()));
    CHECK(areas.first() == data.tree.focusArea.value(QStringLiteral("title")).toString());
    CHECK(model.uuidAt(model.rowCount() - 1) == data.speedChecks.uuid);
}

TEST_CASE("An empty value sorts first going up and last going down, on either engine",
          "[recordtablemodel][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    Promises data(engine);
    // PostgreSQL puts NULL last going up, SQLite first: the list says which.
    const Record withoutAim =
        insertRecord(data.repository, PromiseRegisters::promises(),
                     merged(promiseValues(data.tree.focusArea.id, 7, QStringLiteral("Utan syfte")),
                            {{QStringLiteral("aim"), QVariant()}}));
    RecordTableModel model(data.document.get(), PromiseRegisters::promises(), promiseColumns());
    model.sort(Aim, Qt::AscendingOrder);
    CHECK(model.uuidAt(0) == withoutAim.uuid);
    model.sort(Aim, Qt::DescendingOrder);
    CHECK(model.uuidAt(model.rowCount() - 1) == withoutAim.uuid);
}

TEST_CASE("The text filter matches text, code labels and referenced names", "[recordtablemodel][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    Promises data(engine);
    RecordTableModel model(data.document.get(), PromiseRegisters::promises(), promiseColumns());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    struct Case {
        QString text;
        QSet<QString> expected;
    };
    const QString policeLabel = PromiseRegisters::promises()
                                    .field(QStringLiteral("responsible"))
                                    .codeLabel(QStringLiteral("polisen"));
    const QList<Case> cases{
        {QStringLiteral("meet"), {data.beta.uuid}},
        {QStringLiteral("MEET"), {data.beta.uuid}},
        {policeLabel, {data.beta.uuid, data.speedChecks.uuid}},
        {policeLabel.toLower(), {data.beta.uuid, data.speedChecks.uuid}},
        {QStringLiteral("Trafik"), {data.speedChecks.uuid}},
        {QStringLiteral("%"), {data.percent.uuid}},
        {QStringLiteral("_"), {data.underscore.uuid}},
        {QStringLiteral("zzz"), {}},
    };
    for (const Case& filter : cases) {
        INFO("filter " << filter.text.toStdString());
        model.setTextFilter(filter.text);
        CHECK(model.textFilter() == filter.text);
        CHECK(uuidsIn(model) == filter.expected);
        CHECK(model.totalCount() == filter.expected.size());
    }
    model.setTextFilter(QString());
    CHECK(model.rowCount() == data.count());
    const int resets = int(reset.count());
    model.setTextFilter(QString()); // the same filter again does not reload
    CHECK(reset.count() == resets);
}

TEST_CASE("The text filter ignores case in Swedish letters too", "[recordtablemodel][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    Promises data(engine);
    RecordTableModel model(data.document.get(), PromiseRegisters::promises(), promiseColumns());
    // A coordinator types in lower case: "örebro" must find "Örebromodellen", as "alpha" finds "Alpha walk".
    model.setTextFilter(QStringLiteral("alpha"));
    CHECK(uuidsIn(model) == QSet<QString>{data.alpha.uuid});
    model.setTextFilter(QStringLiteral("örebro"));
    CHECK(uuidsIn(model) == QSet<QString>{data.orebro.uuid});
    model.setTextFilter(QStringLiteral("ÖREBROMODELLEN"));
    CHECK(uuidsIn(model) == QSet<QString>{data.orebro.uuid});
}

TEST_CASE("The parent filter shows the rows of one parent, none for an invalid one",
          "[recordtablemodel][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    Promises data(engine);
    RecordTableModel model(data.document.get(), PromiseRegisters::promises(), promiseColumns());

    model.setParentFilter(QStringLiteral("focus_area_id"), data.traffic.id);
    CHECK(uuidsIn(model) == QSet<QString>{data.speedChecks.uuid});
    CHECK(model.totalCount() == 1);

    model.setParentFilter(QStringLiteral("focus_area_id"), data.tree.focusArea.id);
    CHECK(model.rowCount() == data.count() - 1);
    CHECK_FALSE(uuidsIn(model).contains(data.speedChecks.uuid));

    // Both filters at once.
    model.setTextFilter(QStringLiteral("walk"));
    CHECK(uuidsIn(model) == QSet<QString>{data.alpha.uuid});
    model.setTextFilter(QString());

    model.setParentFilter(QStringLiteral("focus_area_id"), QVariant());
    CHECK(model.rowCount() == 0);
    CHECK(model.totalCount() == 0);

    model.setParentFilter(QString(), QVariant());
    CHECK(model.rowCount() == data.count());
}

TEST_CASE("An edit in the table is saved through the document and can be undone",
          "[recordtablemodel][document][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    Promises data(engine);
    RecordTableModel model(data.document.get(), PromiseRegisters::promises(), promiseColumns());
    QSignalSpy failed(&model, &RecordTableModel::editFailed);
    const QVariant oldTitle = data.storedTitle(data.alpha);
    const int row = model.rowOf(data.alpha.uuid);
    REQUIRE(row >= 0);

    REQUIRE(model.setData(model.index(row, Title), QStringLiteral("Alfapromenad")));
    CHECK(failed.isEmpty());
    CHECK(data.storedTitle(data.alpha).toString() == QStringLiteral("Alfapromenad"));
    CHECK(data.document->undoStack()->count() == 1);
    CHECK(model.index(model.rowOf(data.alpha.uuid), Title).data().toString() ==
          QStringLiteral("Alfapromenad"));

    REQUIRE(model.setData(model.index(model.rowOf(data.alpha.uuid), Responsible), QStringLiteral("polisen")));
    CHECK(scalar(*data.document, QStringLiteral("SELECT responsible FROM promises WHERE uuid = ?"),
                 {data.alpha.uuid})
              .toString() == QStringLiteral("polisen"));
    CHECK(data.document->undoStack()->count() == 2);

    data.document->undoStack()->undo();
    data.document->undoStack()->undo();
    CHECK(data.storedTitle(data.alpha) == oldTitle);
    CHECK(scalar(*data.document, QStringLiteral("SELECT responsible FROM promises WHERE uuid = ?"),
                 {data.alpha.uuid})
              .toString() == QStringLiteral("kommunen"));
    CHECK(model.index(model.rowOf(data.alpha.uuid), Title).data() == oldTitle);
}

TEST_CASE("A refused edit in the table says why and changes nothing", "[recordtablemodel][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    Promises data(engine);
    RecordTableModel model(data.document.get(), PromiseRegisters::promises(), promiseColumns());
    QSignalSpy failed(&model, &RecordTableModel::editFailed);
    const QString before = contentOf(*data.document);
    const qint64 auditBefore = auditCount(data.repository);
    const int row = model.rowOf(data.beta.uuid);
    REQUIRE(row >= 0);

    SECTION("an empty required text") {
        CHECK_FALSE(model.setData(model.index(row, Title), QString()));
        REQUIRE(failed.count() == 1);
        CHECK_THAT(failed.first().first().toString().toStdString(),
                   mentions(PromiseRegisters::promises().field(QStringLiteral("title")).displayLabel()));
    }
    SECTION("a code that does not exist") {
        CHECK_FALSE(model.setData(model.index(row, Responsible), QStringLiteral("brandkåren")));
        REQUIRE(failed.count() == 1);
        CHECK_THAT(failed.first().first().toString().toStdString(), mentions(QStringLiteral("brandkåren")));
    }
    SECTION("a role other than editing") {
        CHECK_FALSE(model.setData(model.index(row, Title), QStringLiteral("Gamma"), Qt::DisplayRole));
        CHECK(failed.isEmpty());
    }
    CHECK(contentOf(*data.document) == before);
    CHECK(auditCount(data.repository) == auditBefore);
    CHECK(data.document->undoStack()->count() == 0);
    CHECK(model.index(model.rowOf(data.beta.uuid), Title).data().toString() ==
          QStringLiteral("Beta meeting"));
}

TEST_CASE("The model refreshes when its register or a referenced one changes, not otherwise",
          "[recordtablemodel][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    Promises data(engine);
    RecordTableModel model(data.document.get(), PromiseRegisters::promises(), promiseColumns());
    // A refresh is a reset, or a dataChanged over the rows when the same records come back in the same order.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    auto refreshes = [&] { return reset.count() + dataChanged.count(); };

    REQUIRE(data.document
                ->insert(PromiseRegisters::municipalities(),
                         recordOf(municipalityValues(QStringLiteral("Nykvarn"))))
                .ok());
    CHECK(refreshes() == 0);

    REQUIRE(data.document
                ->update(PromiseRegisters::focusAreas(), data.traffic.uuid,
                         {{QStringLiteral("title"), QStringLiteral("Trafiksäkerhet")}})
                .ok());
    CHECK(refreshes() == 1);
    CHECK(model.index(model.rowOf(data.speedChecks.uuid), FocusArea).data().toString() ==
          QStringLiteral("Trafiksäkerhet"));

    const Record added =
        data.document
            ->insert(PromiseRegisters::promises(),
                     recordOf(promiseValues(data.traffic.id, 2, QStringLiteral("Nykter trafik"))))
            .value();
    CHECK(reset.count() >= 1); // a new row is not an edit in place
    CHECK(refreshes() == 2);
    CHECK(model.rowOf(added.uuid) >= 0);
    CHECK(model.rowCount() == data.count());
}

TEST_CASE("A months column reads as month names, finds its rows by a month's name, and is edited in the form",
          "[recordtablemodel][months][postgres]") {
    const lk::Engine engine = GENERATE(from_range(lk::test::engines()));
    INFO(lk::test::engineName(engine));
    TestFile file(engine);
    auto document = file.open();
    const Repository repository = document->repository();
    const PromiseTree tree = makeTree(repository); // its target: every month
    const Record autumn = insertRecord(
        repository, PromiseRegisters::targets(),
        merged(targetValues(tree.promise.id, 2), {{QStringLiteral("counted"), QStringLiteral("Vandringar")},
                                                  {QStringLiteral("months"), QStringLiteral("9,10,11")}}));
    RecordTableModel model(document.get(), PromiseRegisters::targets(),
                           {QStringLiteral("counted"), QStringLiteral("months")});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model.rowCount() == 2);
    const int row = model.rowOf(autumn.uuid);
    CHECK(model.data(model.index(row, 1)).toString() == QStringLiteral("Sep–Nov"));
    CHECK(model.data(model.index(row, 1), Qt::EditRole).toString() == QStringLiteral("9,10,11"));
    CHECK(model.data(model.index(1 - row, 1)).toString().isEmpty());
    // Twelve buttons do not fit in a cell.
    CHECK_FALSE(model.flags(model.index(row, 1)).testFlag(Qt::ItemIsEditable));
    // By the names the column shows, short or long, never by a number's digits.
    for (const QString& text : {QStringLiteral("oct"), QStringLiteral("October"), QStringLiteral("Sep")}) {
        INFO(text.toStdString());
        model.setTextFilter(text);
        CHECK(uuidsIn(model) == QSet<QString>{autumn.uuid});
    }
    model.setTextFilter(QStringLiteral("Jan"));
    CHECK(model.rowCount() == 0);
    model.setTextFilter(QStringLiteral("1"));
    CHECK(model.rowCount() == 0);
}

TEST_CASE("A model that loads when asked reads nothing before, then keeps the order it was given",
          "[recordtablemodel]") {
    Promises data;
    RecordTableModel model(data.document.get(), PromiseRegisters::promises(), promiseColumns(), nullptr,
                           RecordTableModel::Load::WhenAsked);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    CHECK_FALSE(model.isLoaded());
    CHECK(model.rowCount() == 0);

    // A view sets its order as it is given the model, and the file changes: neither reads the rows yet.
    model.sort(Title, Qt::DescendingOrder);
    REQUIRE(data.document
                ->update(PromiseRegisters::promises(), data.alpha.uuid,
                         {{QStringLiteral("title"), QStringLiteral("Alfa walk")}})
                .ok());
    CHECK_FALSE(model.isLoaded());
    CHECK(reset.count() + dataChanged.count() == 0);

    model.ensureLoaded();
    CHECK(model.isLoaded());
    CHECK(model.rowCount() == data.count());
    const QStringList titles = column(model, Title);
    CHECK(titles.contains(QStringLiteral("Alfa walk")));
    RecordTableModel sorted(data.document.get(), PromiseRegisters::promises(), promiseColumns());
    sorted.sort(Title, Qt::DescendingOrder);
    CHECK(titles == column(sorted, Title));

    // Once read, it follows the file as a model read at once does.
    REQUIRE(data.document
                ->update(PromiseRegisters::promises(), data.alpha.uuid,
                         {{QStringLiteral("title"), QStringLiteral("Alpha walk")}})
                .ok());
    CHECK(column(model, Title).contains(QStringLiteral("Alpha walk")));
}

TEST_CASE("A model that loads when asked reads the rows of its first filter only", "[recordtablemodel]") {
    Promises data;
    RecordTableModel model(data.document.get(), PromiseRegisters::promises(), promiseColumns(), nullptr,
                           RecordTableModel::Load::WhenAsked);
    WarningCollector warnings;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setParentFilter(QStringLiteral("focus_area_id"), data.traffic.id);
    CHECK(model.isLoaded());
    CHECK(uuidsIn(model) == QSet<QString>{data.speedChecks.uuid});
    CHECK(warnings.messages.isEmpty());
}

TEST_CASE("Changes made while a Deferred lives read the rows once, when the last one goes",
          "[recordtablemodel]") {
    Promises data;
    RecordTableModel model(data.document.get(), PromiseRegisters::promises(), promiseColumns());
    WarningCollector warnings;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    auto refreshes = [&] { return reset.count() + dataChanged.count(); };
    {
        const RecordTableModel::Deferred outer(&model);
        {
            const RecordTableModel::Deferred inner(&model);
            model.setParentFilter(QStringLiteral("focus_area_id"), data.tree.focusArea.id);
            model.setCondition(QStringLiteral("t.responsible = ?"), {QStringLiteral("kommunen")});
        }
        model.sort(Title, Qt::DescendingOrder);
        CHECK(refreshes() == 0);
        CHECK(model.rowCount() == data.count()); // the rows as they were, until the last one goes
    }
    CHECK(refreshes() == 1);
    CHECK(column(model, Title) == QStringList{QStringLiteral("Örebromodellen"), QStringLiteral("Alpha walk"),
                                              QStringLiteral("100% sure")});

    // Nothing asked for: nothing read.
    { const RecordTableModel::Deferred idle(&model); }
    CHECK(refreshes() == 1);
    CHECK(warnings.messages.isEmpty());
}
