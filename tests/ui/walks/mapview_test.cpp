#include "../../core/walks/mapfixture.h"
#include "common/imageedit.h"
#include "common/recorddialog.h"
#include "common/recordform.h"
#include "formfill.h"
#include "io/jsonexporter.h"
#include "io/jsonimporter.h"
#include "modal.h"
#include "walks/maptab.h"
#include "walks/mapview.h"
#include "walks/pins.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace lk;
using namespace lk::test;

namespace {

// A view on the file's map, on screen. The map is twice as wide as high, so in 820 × 420 it fills the width
// between the margins and is centred.
void show(MapView& view, qint64 map) {
    view.resize(820, 420);
    view.setMap(map);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
}

Record stored(const Document& document, const RegisterSpec& spec, qint64 id) {
    auto record = document.repository().findById(spec, id);
    INFO(record.message().toStdString());
    REQUIRE(record.ok());
    REQUIRE(record->has_value());
    return **record;
}

QPoint at(const MapView& view, double x, double y) {
    return view.widgetPoint(x, y).toPoint();
}

QColor colourAt(MapView& view, double x, double y) {
    return view.grab().toImage().pixelColor(at(view, x, y));
}

const QColor red(0xd6, 0x27, 0x28);
const QColor amber(0xe6, 0x7e, 0x00);
const QColor green(0x2c, 0xa0, 0x2c);
const QColor grey(0x8a, 0x8a, 0x8a);
const QColor blue(0x1f, 0x6f, 0xc4);

} // namespace

TEST_CASE("A pin placed by a click on the map is kept as fractions of the image through export and import, "
          "and undo takes it away",
          "[map][ui]") {
    MapFile f;
    const Record tunnel = f.place(QStringLiteral("Gångtunneln"));
    MapView view(f.document.get());
    show(view, f.map.id);
    // Worked out apart from the view's own sums: the middle of the view is the middle of the map.
    const std::optional<QPointF> middle = view.mapPoint(QPointF(410, 210));
    REQUIRE(middle);
    CHECK(middle->x() == Approx(0.5).margin(2e-3));
    CHECK(middle->y() == Approx(0.5).margin(2e-3));

    view.placePin(WalkRegisters::places(), tunnel.id);
    REQUIRE(view.isPlacing());
    const qint64 auditBefore = auditCount(f.repository);
    QTest::mouseClick(&view, Qt::LeftButton, {}, at(view, 0.2, 0.7));
    CHECK_FALSE(view.isPlacing());

    const Record pinned = stored(*f.document, WalkRegisters::places(), tunnel.id);
    CHECK(pinned.value(QStringLiteral("map_id")).toLongLong() == f.map.id);
    const double x = pinned.value(QStringLiteral("pin_x")).toReal();
    const double y = pinned.value(QStringLiteral("pin_y")).toReal();
    CHECK(x == Approx(0.2).margin(1e-3));
    CHECK(y == Approx(0.7).margin(1e-3));
    // One step in the change log, and the pin is on the map.
    CHECK(auditCount(f.repository) == auditBefore + 1);
    CHECK(scalar(*f.document,
                 QStringLiteral("SELECT table_name || ' ' || action FROM audit_log ORDER BY id DESC"))
              .toString() == QStringLiteral("places update"));
    REQUIRE(view.pins().size() == 1);
    CHECK(view.pins().first().id == tunnel.id);

    // Exported and imported into a new file: the same pin on the same map.
    auto exported = JsonExporter::exportAll(f.repository);
    REQUIRE(exported.ok());
    TestFile copyFile;
    auto copy = copyFile.open();
    auto imported = JsonImporter::import(copy->repository(), *exported);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    auto copied = copy->repository().find(WalkRegisters::places(), tunnel.uuid);
    REQUIRE(copied.ok());
    REQUIRE(copied->has_value());
    CHECK((*copied)->value(QStringLiteral("pin_x")).toReal() == Approx(x).margin(1e-9));
    CHECK((*copied)->value(QStringLiteral("pin_y")).toReal() == Approx(y).margin(1e-9));
    CHECK(
        scalar(*copy,
               QStringLiteral("SELECT m.uuid FROM places p JOIN maps m ON m.id = p.map_id WHERE p.uuid = ?"),
               {tunnel.uuid})
            .toString() == f.map.uuid);
    auto copiedPins = Pins::onMap(copy->repository(), (*copied)->value(QStringLiteral("map_id")).toLongLong(),
                                  QDate(2022, 6, 1));
    REQUIRE(copiedPins.ok());
    REQUIRE(copiedPins->size() == 1);
    CHECK(copiedPins->first().uuid == tunnel.uuid);

    // Undo takes the pin away, from the file and from the map.
    f.document->undoStack()->undo();
    const Record undone = stored(*f.document, WalkRegisters::places(), tunnel.id);
    CHECK_FALSE(undone.value(QStringLiteral("map_id")).isValid());
    CHECK_FALSE(undone.value(QStringLiteral("pin_x")).isValid());
    CHECK_FALSE(undone.value(QStringLiteral("pin_y")).isValid());
    CHECK(view.pins().isEmpty());
}

TEST_CASE(
    "Esc gives up placing, a click beside the map keeps placing, and the arrow keys and Enter place a pin",
    "[map][ui]") {
    MapFile f;
    const Record note = f.observation(QStringLiteral("Trasig lampa"));
    MapView view(f.document.get());
    show(view, f.map.id);
    view.placePin(WalkRegisters::observations(), note.id);
    REQUIRE(view.isPlacing());
    QTest::keyClick(&view, Qt::Key_Escape);
    CHECK_FALSE(view.isPlacing());
    QTest::mouseClick(&view, Qt::LeftButton, {}, at(view, 0.5, 0.5));
    CHECK_FALSE(
        stored(*f.document, WalkRegisters::observations(), note.id).value(QStringLiteral("pin_x")).isValid());
    CHECK(f.document->undoStack()->count() == 0);

    view.placePin(WalkRegisters::observations(), note.id);
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(3, 3));
    CHECK(view.isPlacing());
    CHECK(f.document->undoStack()->count() == 0);

    // From the middle of the map, five steps right and two down.
    for (int step = 0; step < 5; ++step)
        QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Down);
    QTest::keyClick(&view, Qt::Key_Down);
    QTest::keyClick(&view, Qt::Key_Return);
    CHECK_FALSE(view.isPlacing());
    const Record pinned = stored(*f.document, WalkRegisters::observations(), note.id);
    CHECK(pinned.value(QStringLiteral("pin_x")).toReal() == Approx(0.55).margin(1e-3));
    CHECK(pinned.value(QStringLiteral("pin_y")).toReal() == Approx(0.52).margin(1e-3));
}

TEST_CASE("Pins are drawn in the colour of the place's latest assessment and of the observation's action",
          "[map][ui]") {
    MapFile f;
    const Record tunnel = f.place(QStringLiteral("Tunneln"), f.map.id, 0.2, 0.3);
    f.assess(tunnel, QDate(2021, 3, 10), QStringLiteral("lag"));
    f.assess(tunnel, QDate(2022, 1, 10), QStringLiteral("hog"));
    const Record field = f.place(QStringLiteral("Idrottsplatsen"), f.map.id, 0.4, 0.3);
    f.assess(field, QDate(2021, 3, 10), QStringLiteral("hog"));
    f.assess(field, QDate(2022, 1, 10), QStringLiteral("lag"));
    const Record square = f.place(QStringLiteral("Torget"), f.map.id, 0.6, 0.3);
    f.assess(square, QDate(2022, 2, 1), QStringLiteral("medel"));
    f.place(QStringLiteral("Lekplatsen"), f.map.id, 0.8, 0.3);
    const Record late = f.observation(QStringLiteral("Klotter"), f.map.id, 0.2, 0.7, QStringLiteral("oppen"),
                                      QDate(2022, 1, 5));
    f.observation(QStringLiteral("Lampa"), f.map.id, 0.4, 0.7, QStringLiteral("pagar"), QDate(2022, 10, 5));
    f.observation(QStringLiteral("Glas"), f.map.id, 0.6, 0.7, QStringLiteral("atgardad"), QDate(2022, 1, 5));
    f.observation(QStringLiteral("Privat"), f.map.id, 0.8, 0.7, QStringLiteral("avvisad"), QDate(2022, 1, 5));
    f.observation(QStringLiteral("Trygg plats"), f.map.id, 0.5, 0.9);

    MapView view(f.document.get());
    view.setDate(QDate(2022, 6, 1));
    show(view, f.map.id);
    CHECK(colourAt(view, 0.2, 0.3) == red);
    CHECK(colourAt(view, 0.4, 0.3) == green);
    CHECK(colourAt(view, 0.6, 0.3) == amber);
    CHECK(colourAt(view, 0.8, 0.3) == grey);
    CHECK(colourAt(view, 0.2, 0.7) == red);
    CHECK(colourAt(view, 0.4, 0.7) == amber);
    CHECK(colourAt(view, 0.6, 0.7) == green);
    CHECK(colourAt(view, 0.8, 0.7) == grey);
    CHECK(colourAt(view, 0.5, 0.9) == blue);

    // A new assessment, and an action fixed: the map follows at once.
    REQUIRE(f.document
                ->insert(WalkRegisters::placeAssessments(),
                         recordOf(assessmentOf(tunnel.id, QDate(2022, 5, 2), QStringLiteral("lag"))))
                .ok());
    REQUIRE(f.document
                ->update(WalkRegisters::observations(), late.uuid,
                         {{QStringLiteral("status"), QStringLiteral("atgardad")}})
                .ok());
    CHECK(colourAt(view, 0.2, 0.3) == green);
    CHECK(colourAt(view, 0.2, 0.7) == green);
}

TEST_CASE("A click on a pin emits opened with its table and id, and a click beside the pins emits nothing",
          "[map][ui]") {
    MapFile f;
    const Record tunnel = f.place(QStringLiteral("Tunneln"), f.map.id, 0.3, 0.4);
    const Record note = f.observation(QStringLiteral("Trasig lampa"), f.map.id, 0.7, 0.6);
    MapView view(f.document.get());
    show(view, f.map.id);
    QSignalSpy opened(&view, &MapView::opened);

    QTest::mouseClick(&view, Qt::LeftButton, {}, at(view, 0.3, 0.4));
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toString() == QStringLiteral("places"));
    CHECK(opened.at(0).at(1).toLongLong() == tunnel.id);

    // A little off the middle of the diamond still hits it.
    QTest::mouseClick(&view, Qt::LeftButton, {}, at(view, 0.7, 0.6) + QPoint(3, -2));
    REQUIRE(opened.count() == 2);
    CHECK(opened.at(1).at(0).toString() == QStringLiteral("observations"));
    CHECK(opened.at(1).at(1).toLongLong() == note.id);

    QTest::mouseClick(&view, Qt::LeftButton, {}, at(view, 0.5, 0.1));
    CHECK(opened.count() == 2);
}

TEST_CASE(
    "The map tab loads a new map, places the chosen unpinned place with a click and opens a pin's record",
    "[map][ui]") {
    MapFile f;
    const Record tunnel = f.place(QStringLiteral("Gångtunneln"));
    f.observation(QStringLiteral("Trasig lampa"));
    MapTab tab(f.document.get());
    tab.resize(1100, 700);
    tab.setScope(f.municipality);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));
    CHECK(tab.view()->mapId() == f.map.id);
    CHECK(tab.unpinned()->count() == 1);
    tab.setWalk(f.walk.id);
    CHECK(tab.unpinned()->count() == 2);

    // A new map from a PNG file is shown once saved.
    const QString png = f.file.pathFor(QStringLiteral("ronninge.png"));
    {
        QFile out(png);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(mapPng(300, 300));
    }
    whenModal([&png](QWidget* modal) {
        auto* dialog = qobject_cast<RecordDialog*>(modal);
        REQUIRE(dialog);
        typeInto(dialog->form()->editor(QStringLiteral("name")), QStringLiteral("Rönninge"));
        auto* image = qobject_cast<ImageEdit*>(dialog->form()->editor(QStringLiteral("image")));
        REQUIRE(image);
        REQUIRE(image->load(png));
        clickSave(dialog);
    });
    QTest::mouseClick(tab.newMapButton(), Qt::LeftButton);
    CHECK(tab.maps()->currentText() == QStringLiteral("Rönninge"));
    const qint64 ronninge =
        scalar(*f.document, QStringLiteral("SELECT id FROM maps WHERE name = 'Rönninge'")).toLongLong();
    CHECK(tab.view()->mapId() == ronninge);

    tab.unpinned()->setCurrentRow(0);
    REQUIRE(tab.placeButton()->isEnabled());
    QTest::mouseClick(tab.placeButton(), Qt::LeftButton);
    REQUIRE(tab.view()->isPlacing());
    QTest::mouseClick(tab.view(), Qt::LeftButton, {}, at(*tab.view(), 0.5, 0.25));
    const Record pinned = stored(*f.document, WalkRegisters::places(), tunnel.id);
    CHECK(pinned.value(QStringLiteral("map_id")).toLongLong() == ronninge);
    CHECK(pinned.value(QStringLiteral("pin_y")).toReal() == Approx(0.25).margin(1e-3));
    REQUIRE(tab.unpinned()->count() == 1);
    CHECK(tab.unpinned()->item(0)->text() == QStringLiteral("Trasig lampa"));

    QString shownName;
    whenModal([&shownName](QWidget* modal) {
        auto* dialog = qobject_cast<RecordDialog*>(modal);
        REQUIRE(dialog);
        auto* name = qobject_cast<QLineEdit*>(dialog->form()->editor(QStringLiteral("name")));
        REQUIRE(name);
        shownName = name->text();
        dialog->reject();
    });
    QTest::mouseClick(tab.view(), Qt::LeftButton, {}, at(*tab.view(), 0.5, 0.25));
    CHECK(shownName == QStringLiteral("Gångtunneln"));
}

// A page makes its map tab with it and gives it the municipality's map: a region's map is 1600 × 1100 pixels,
// and its decoding was a tenth of the page's first showing, for a tab not in view.
TEST_CASE("A map view reads its picture when it is shown or needed, not when it is given the map",
          "[map][ui]") {
    MapFile f;
    f.place(QStringLiteral("Tunneln"), f.map.id, 0.25, 0.5);

    MapView view(f.document.get());
    view.resize(820, 420);
    view.setMap(f.map.id);
    CHECK_FALSE(view.isImageRead());
    CHECK(view.pins().size() == 1);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.isImageRead());
    CHECK(colourAt(view, 0.25, 0.5) == grey);

    // A new picture of another shape: read again, and the pins placed on it by their fractions.
    REQUIRE(
        f.document->update(WalkRegisters::maps(), f.map.uuid, {{QStringLiteral("image"), mapPng(400, 400)}})
            .ok());
    CHECK(colourAt(view, 0.25, 0.5) == grey);
    CHECK(view.widgetPoint(1, 1).y() - view.widgetPoint(0, 0).y() ==
          Approx(view.widgetPoint(1, 1).x() - view.widgetPoint(0, 0).x()));

    MapView hidden(f.document.get());
    hidden.resize(820, 420);
    hidden.setMap(f.map.id);
    CHECK_FALSE(hidden.isImageRead());
    CHECK(hidden.mapPoint(QPointF(410, 210)).has_value()); // a point on it is asked for: it is read
    CHECK(hidden.isImageRead());
}
