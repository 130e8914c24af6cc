// What the window offers when a second municipality is chosen: in every dialog, each reference picker lists
// only that municipality's records, so that a record is never tied to another municipality's area, unit,
// retailer or place by its default.
#include "catchqt.h"
#include "common/recordform.h"
#include "demo/demodata.h"
#include "document/document.h"
#include "everydialog.h"
#include "everyregister.h"
#include "mainwindow.h"
#include "register/registry.h"
#include "testfile.h"

#include <QComboBox>
#include <QSet>

namespace {

const QString secondName = QStringLiteral("Strängnäs kommun");

// Checks every reference picker of every form in a dialog against the chosen municipality.
struct PickerCheck {
    const lk::Document* document;
    qint64 municipality;
    QSet<QString> checked; // "table.field" of each picker that offered at least one record
    QStringList wrong;     // what was offered from elsewhere

    void look(QWidget* dialog) {
        for (lk::RecordForm* form : dialog->findChildren<lk::RecordForm*>()) {
            for (const lk::FieldSpec& field : form->spec().fields) {
                if (field.type != lk::FieldType::Reference)
                    continue;
                auto* combo = qobject_cast<QComboBox*>(form->editor(field.name));
                const lk::RegisterSpec* target = lk::Registry::named(field.references);
                if (!combo || !target || !target->belongsToMunicipality())
                    continue;
                const QString picker = form->spec().table + u'.' + field.name;
                for (int item = 0; item < combo->count(); ++item) {
                    const QVariant id = combo->itemData(item);
                    if (!id.isValid() || id.toLongLong() == 0)
                        continue;
                    checked << picker;
                    auto record = document->repository().findById(*target, id.toLongLong());
                    REQUIRE(record.ok());
                    REQUIRE(record->has_value());
                    auto owner = document->repository().municipalityOf(*target, **record);
                    REQUIRE(owner.ok());
                    if (*owner != municipality)
                        wrong << picker + QStringLiteral(": ") + combo->itemText(item);
                }
            }
        }
    }
};

} // namespace

TEST_CASE("With a second municipality chosen every reference picker offers only its records", "[ui][scope]") {
    lk::test::TestFile file(QStringLiteral("salem-2021-2022"));
    qint64 second = 0;
    {
        auto document = file.open();
        REQUIRE(lk::DemoData::fill(document->repository(), QStringLiteral("sample")).ok());
        second = lk::test::addMunicipalityWithOneOfEach(document->repository(), secondName);
    }
    lk::MainWindow window;
    REQUIRE(window.openFile(file.path()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* municipality = window.findChild<QComboBox*>(QStringLiteral("municipality"));
    REQUIRE(municipality);
    municipality->setCurrentIndex(municipality->findText(secondName));
    REQUIRE(municipality->currentText() == secondName);

    PickerCheck check{window.document(), second, {}, {}};
    {
        lk::test::ModalCloser closer([&check](QWidget* dialog) { check.look(dialog); });
        lk::test::openEveryDialog(window);
    }
    INFO("checked: " << QStringList(check.checked.values()).join(QStringLiteral(", ")).toStdString());
    INFO("offered from elsewhere: " << check.wrong.join(QStringLiteral("; ")).toStdString());
    CHECK(check.wrong.isEmpty());
    // The pickers a user met with the other municipality's records: each must have been looked at.
    for (const char* picker : {"watch_events.area_id", "visits.unit_id", "test_purchases.retailer_id",
                               "inspections.retailer_id", "observations.place_id"})
        CHECK(check.checked.contains(QString::fromLatin1(picker)));
}
