#include "catchqt.h"
#include "common/recordlistpanel.h"
#include "police/policeregisters.h"
#include "register/recordtablemodel.h"
#include "testfile.h"

#include <QTableView>
#include <QTest>

using namespace lk;
using namespace lk::test;

namespace {

const QStringList unitColumns{QStringLiteral("name"), QStringLiteral("kind")};

Record unitOf(qint64 municipality, const QString& name) {
    Record unit;
    unit.values = {{QStringLiteral("municipality_id"), municipality},
                   {QStringLiteral("name"), name},
                   {QStringLiteral("kind"), QStringLiteral("skola")}};
    return unit;
}

// The model as the table sees it: asking the panel for it would read it.
RecordTableModel* shownModel(const RecordListPanel& panel) {
    return qobject_cast<RecordTableModel*>(panel.view()->model());
}

} // namespace

// A page scopes its lists to the chosen municipality as it makes them: a list that read its register when it
// was made would first read and sort every municipality's records (a region's ten years) to show none of
// them.
TEST_CASE("A list reads its register when it is scoped, shown or asked for, not when it is made",
          "[ui][recordlistpanel]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    const qint64 salem = scalar(*document, QStringLiteral("SELECT id FROM municipalities")).toLongLong();
    REQUIRE(document->insert(PoliceRegisters::units(), unitOf(salem, QStringLiteral("Rönningeskolan"))).ok());

    RecordListPanel scoped(document.get(), PoliceRegisters::units(), unitColumns);
    CHECK_FALSE(shownModel(scoped)->isLoaded());
    scoped.setParentRecord(QStringLiteral("municipality_id"), salem);
    CHECK(shownModel(scoped)->isLoaded());
    CHECK(shownModel(scoped)->rowCount() == 1);

    RecordListPanel shown(document.get(), PoliceRegisters::units(), unitColumns);
    CHECK_FALSE(shownModel(shown)->isLoaded());
    shown.show();
    REQUIRE(QTest::qWaitForWindowExposed(&shown));
    CHECK(shownModel(shown)->rowCount() == 1);

    RecordListPanel asked(document.get(), PoliceRegisters::units(), unitColumns);
    CHECK(asked.model()->rowCount() == 1);
}

TEST_CASE("A list made hidden shows what the file holds when it is first shown", "[ui][recordlistpanel]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    const qint64 salem = scalar(*document, QStringLiteral("SELECT id FROM municipalities")).toLongLong();
    RecordListPanel panel(document.get(), PoliceRegisters::units(), unitColumns);
    panel.view()->sortByColumn(0, Qt::DescendingOrder);
    // Added while the list is unread: it is not told, and needs not be.
    REQUIRE(document->insert(PoliceRegisters::units(), unitOf(salem, QStringLiteral("Almskolan"))).ok());
    REQUIRE(document->insert(PoliceRegisters::units(), unitOf(salem, QStringLiteral("Björkskolan"))).ok());
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    RecordTableModel* model = shownModel(panel);
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("Björkskolan"));
    CHECK(model->index(1, 0).data().toString() == QStringLiteral("Almskolan"));
}
