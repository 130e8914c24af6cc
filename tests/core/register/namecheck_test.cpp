#include "catchqt.h"
#include "register/namecheck.h"
#include "register/recordtablemodel.h"
#include "register/registry.h"
#include "registerfixture.h"

using namespace lk;
using namespace lk::test;

TEST_CASE("A field name the program wrote that its register lacks is reported, never skipped silently",
          "[namecheck][registerspec]") {
    const RegisterSpec& spec = PromiseRegisters::promises();
    SECTION("a field looked up by name") {
        NameCheck::Expected wrongName;
        const FieldSpec& field = spec.field(QStringLiteral("titel"));
        CHECK(wrongName.misses() == 1);
        // The window goes on with an empty field rather than a crash in a user's hands.
        CHECK(field.name.isEmpty());
        CHECK(spec.findField(QStringLiteral("titel")) == nullptr);
        CHECK(wrongName.misses() == 1); // asking whether a field exists is no miss
    }
    SECTION("a table column, and the field a table is filtered by") {
        TestFile file;
        auto document = file.open();
        NameCheck::Expected wrongName;
        RecordTableModel model(document.get(), spec, {promises::title, QStringLiteral("titel")});
        CHECK(wrongName.misses() == 1);
        CHECK(model.columnCount() == 1);
        model.setParentFilter(QStringLiteral("focus_area"), 1);
        CHECK(wrongName.misses() == 2);
    }
    SECTION("the right names miss nothing") {
        NameCheck::Expected none;
        for (const FieldSpec& field : spec.fields)
            CHECK(spec.field(field.name).name == field.name);
        CHECK(spec.labelOf(promises::title) == spec.field(promises::title).displayLabel());
        CHECK(none.misses() == 0);
    }
}

TEST_CASE("A field's constant is its column", "[namecheck]") {
    CHECK(promises::title == QStringLiteral("title"));
    CHECK(QString(focusAreas::table) == PromiseRegisters::focusAreas().table);
    const QVariantMap values{{promises::title, 1}};
    CHECK(values.contains(QStringLiteral("title")));
}

TEST_CASE("A table the program names that no register has is reported, one from a file only looked up",
          "[namecheck][registry]") {
    NameCheck::Expected wrongName;
    CHECK(Registry::named(QStringLiteral("promise")) == nullptr);
    CHECK(wrongName.misses() == 1);
    CHECK(Registry::byTable(QStringLiteral("promise")) == nullptr);
    CHECK(Registry::named(promises::table) == &PromiseRegisters::promises());
    CHECK(wrongName.misses() == 1);
}
