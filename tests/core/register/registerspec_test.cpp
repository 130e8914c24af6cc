#include "catchqt.h"
#include "police/policeregisters.h"
#include "promises/promiseregisters.h"
#include "register/registerspec.h"
#include "register/registry.h"
#include "tobacco/tobaccoregisters.h"
#include "watch/watchregisters.h"

#include <QDate>

using namespace lk;
using lk::test::mentions;

namespace {

// A register with one field of every type, and a rule across two of them.
const RegisterSpec& sample() {
    static const RegisterSpec spec = [] {
        RegisterSpec built{};
        built.table = QStringLiteral("samples");
        built.singular = "Sample";
        FieldSpec shortText = FieldSpec::text(QStringLiteral("code_name"), "Code name");
        shortText.maxLength = 5;
        built.fields = {
            FieldSpec::reference(QStringLiteral("owner_id"), "Owner", QStringLiteral("owners")).required(),
            FieldSpec::text(QStringLiteral("title"), "Title").required(),
            shortText,
            FieldSpec::longText(QStringLiteral("notes"), "Notes"),
            FieldSpec::integer(QStringLiteral("count"), "Count", 1, 10),
            FieldSpec::date(QStringLiteral("from"), "From"),
            FieldSpec::date(QStringLiteral("to"), "To"),
            FieldSpec::code(QStringLiteral("colour"), "Colour",
                            {{QStringLiteral("gron"), "Green"}, {QStringLiteral("rod"), "Red"}}),
            FieldSpec::boolean(QStringLiteral("done"), "Done"),
        };
        built.displayField = QStringLiteral("title");
        built.orderBy = QStringLiteral("title");
        built.rule = [](const RegisterSpec&, const Record& record) -> Status {
            if (record.value(QStringLiteral("title")).toString() == QStringLiteral("forbidden"))
                return Error{QStringLiteral("The rule says no.")};
            return {};
        };
        return built;
    }();
    return spec;
}

Record valid() {
    Record record;
    record.values = {{QStringLiteral("owner_id"), 1}, {QStringLiteral("title"), QStringLiteral("Ok")}};
    return record;
}

Record with(const QString& field, const QVariant& value) {
    Record record = valid();
    record.values.insert(field, value);
    return record;
}

} // namespace

TEST_CASE("RegisterSpec finds its fields and its parent", "[registerspec]") {
    const RegisterSpec& spec = sample();
    REQUIRE(spec.findField(QStringLiteral("count")) != nullptr);
    CHECK(spec.field(QStringLiteral("count")).type == FieldType::Integer);
    CHECK(spec.findField(QStringLiteral("nothing")) == nullptr);
    REQUIRE(spec.parentField() != nullptr);
    CHECK(spec.parentField()->name == QStringLiteral("owner_id"));
    CHECK(spec.displayName() == QStringLiteral("Sample"));
    CHECK(PromiseRegisters::municipalities().parentField() == nullptr);
    CHECK(PromiseRegisters::promises().parentField()->name == QStringLiteral("focus_area_id"));
}

TEST_CASE("validate accepts a valid record and the limits themselves", "[registerspec]") {
    const RegisterSpec& spec = sample();
    CHECK(spec.validate(valid()).ok());
    CHECK(spec.validate(with(QStringLiteral("count"), 1)).ok());
    CHECK(spec.validate(with(QStringLiteral("count"), 10)).ok());
    CHECK(spec.validate(with(QStringLiteral("count"), QStringLiteral("7"))).ok());
    CHECK(spec.validate(with(QStringLiteral("code_name"), QStringLiteral("abcde"))).ok());
    CHECK(spec.validate(with(QStringLiteral("notes"), QString(20000, u'x'))).ok());
    CHECK(spec.validate(with(QStringLiteral("title"), QString(500, u'x'))).ok());
    CHECK(spec.validate(with(QStringLiteral("from"), QDate(2021, 3, 15))).ok());
    CHECK(spec.validate(with(QStringLiteral("colour"), QStringLiteral("rod"))).ok());
    CHECK(spec.validate(with(QStringLiteral("done"), true)).ok());
    CHECK(spec.validate(with(QStringLiteral("notes"), QString())).ok()); // optional and empty
}

TEST_CASE("validate refuses each kind of wrong value, naming the field by its label", "[registerspec]") {
    const RegisterSpec& spec = sample();
    struct Case {
        const char* what;
        Record record;
        QString label;
        QString detail;
    };
    Record noTitle = valid();
    noTitle.values.remove(QStringLiteral("title"));
    const QList<Case> cases{
        {"missing required", noTitle, QStringLiteral("Title"), {}},
        {"blank required", with(QStringLiteral("title"), QString()), QStringLiteral("Title"), {}},
        {"missing reference",
         [] {
             Record r = valid();
             r.values.remove(QStringLiteral("owner_id"));
             return r;
         }(),
         QStringLiteral("Owner"),
         {}},
        {"reference zero", with(QStringLiteral("owner_id"), 0), QStringLiteral("Owner"), {}},
        {"reference text",
         with(QStringLiteral("owner_id"), QStringLiteral("abc")),
         QStringLiteral("Owner"),
         {}},
        {"own length limit", with(QStringLiteral("code_name"), QStringLiteral("abcdef")),
         QStringLiteral("Code name"), QStringLiteral("5")},
        {"default text limit", with(QStringLiteral("title"), QString(501, u'x')), QStringLiteral("Title"),
         QStringLiteral("500")},
        {"default long-text limit", with(QStringLiteral("notes"), QString(20001, u'x')),
         QStringLiteral("Notes"), QStringLiteral("20000")},
        {"below minimum", with(QStringLiteral("count"), 0), QStringLiteral("Count"), QStringLiteral("1")},
        {"above maximum", with(QStringLiteral("count"), 11), QStringLiteral("Count"), QStringLiteral("10")},
        {"not a number", with(QStringLiteral("count"), QStringLiteral("ett")), QStringLiteral("Count"),
         QStringLiteral("ett")},
        {"not a date", with(QStringLiteral("from"), QStringLiteral("2021-13-01")), QStringLiteral("From"),
         QStringLiteral("2021-13-01")},
        {"unknown code", with(QStringLiteral("colour"), QStringLiteral("bla")), QStringLiteral("Colour"),
         QStringLiteral("gron")},
        {"unknown field", with(QStringLiteral("color"), QStringLiteral("gron")), QStringLiteral("color"), {}},
    };
    for (const Case& invalid : cases) {
        INFO(invalid.what);
        auto checked = spec.validate(invalid.record);
        REQUIRE_FALSE(checked.ok());
        CHECK_THAT(checked.message().toStdString(), mentions(invalid.label));
        if (!invalid.detail.isEmpty())
            CHECK_THAT(checked.message().toStdString(), mentions(invalid.detail));
    }
}

TEST_CASE("validate runs the register's rule after the fields", "[registerspec]") {
    const RegisterSpec& spec = sample();
    auto refused = spec.validate(with(QStringLiteral("title"), QStringLiteral("forbidden")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message() == QStringLiteral("The rule says no."));

    // A field error comes first, so the rule never sees a half-valid record.
    Record both = with(QStringLiteral("title"), QStringLiteral("forbidden"));
    both.values.insert(QStringLiteral("count"), 99);
    auto first = spec.validate(both);
    REQUIRE_FALSE(first.ok());
    CHECK_THAT(first.message().toStdString(), mentions(QStringLiteral("Count")));
}

TEST_CASE("The period rule refuses an end before the start and allows a one-day period", "[registerspec]") {
    const RegisterSpec& periods = PromiseRegisters::periods();
    Record period;
    period.values = {{QStringLiteral("municipality_id"), 1},
                     {QStringLiteral("name"), QStringLiteral("2021–2022")},
                     {QStringLiteral("start_date"), QDate(2021, 1, 1)},
                     {QStringLiteral("end_date"), QDate(2022, 12, 31)}};
    CHECK(periods.validate(period).ok());
    period.values.insert(QStringLiteral("end_date"), QDate(2021, 1, 1));
    CHECK(periods.validate(period).ok());
    period.values.insert(QStringLiteral("end_date"), QDate(2020, 12, 31));
    auto refused = periods.validate(period);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.message().toStdString(), mentions(QStringLiteral("2020-12-31")));
}

TEST_CASE("The registry lists every register once, after the registers it points at",
          "[registerspec][registry]") {
    const QList<const RegisterSpec*>& all = Registry::all();
    REQUIRE_FALSE(all.isEmpty());
    QStringList seen;
    for (const RegisterSpec* spec : all) {
        INFO("register " << spec->table.toStdString());
        CHECK_FALSE(seen.contains(spec->table));
        CHECK(Registry::byTable(spec->table) == spec);
        CHECK_FALSE(spec->displayName().isEmpty());
        CHECK(spec->findField(spec->displayField) != nullptr);
        if (!spec->sortField.isEmpty())
            CHECK(spec->findField(spec->sortField) != nullptr);
        for (const FieldSpec& field : spec->fields) {
            INFO("field " << field.name.toStdString());
            CHECK_FALSE(field.displayLabel().isEmpty());
            if (field.type == FieldType::Reference)
                CHECK(seen.contains(field.references));
            if (field.type == FieldType::Code)
                CHECK_FALSE(field.codes.isEmpty());
        }
        seen << spec->table;
    }
    CHECK(Registry::byTable(QStringLiteral("no_such_table")) == nullptr);
}

TEST_CASE("Every register a target can count has a date field to count it by, and only those",
          "[registerspec][registry]") {
    QStringList counted;
    for (const CodeOption& source : Registry::countedSources()) {
        INFO("source " << source.code.toStdString());
        const RegisterSpec* spec = Registry::byTable(source.code);
        REQUIRE(spec != nullptr);
        REQUIRE(spec->findField(spec->dateField) != nullptr);
        CHECK(spec->findField(spec->dateField)->type == FieldType::Date);
        counted << spec->table;
    }
    // A dated register that no target is offered would be counted nowhere.
    for (const RegisterSpec* spec : Registry::all()) {
        INFO("register " << spec->table.toStdString());
        CHECK(spec->dateField.isEmpty() != counted.contains(spec->table));
    }
    // The areas count by the day each started; not being linked to a promise, they count by municipality.
    CHECK(counted.contains(QStringLiteral("watch_areas")));
    CHECK_FALSE(Registry::byTable(QStringLiteral("watch_areas"))->countsByLink());
    CHECK(Registry::byTable(QStringLiteral("watch_events"))->countsByLink());
}

TEST_CASE("problems lists every field's problem at once, each with its field", "[registerspec]") {
    const RegisterSpec& spec = sample();
    Record two = with(QStringLiteral("title"), QString());
    two.values.insert(QStringLiteral("from"), QStringLiteral("2022-02-30"));
    const QList<Error> found = spec.problems(two);
    REQUIRE(found.size() == 2);
    CHECK(found.at(0).field == QStringLiteral("title"));
    CHECK(found.at(1).field == QStringLiteral("from"));
    CHECK_THAT(found.at(1).message.toStdString(), mentions(QStringLiteral("28 days")));
    // validate() gives the first of them.
    CHECK(spec.validate(two).message() == found.at(0).message);
    CHECK(spec.problems(valid()).isEmpty());
    // The rule speaks once the fields are fine.
    const QList<Error> ruled = spec.problems(with(QStringLiteral("title"), QStringLiteral("forbidden")));
    REQUIRE(ruled.size() == 1);
    CHECK(ruled.first().message == QStringLiteral("The rule says no."));
}

TEST_CASE("The registers declare which zeros are doubtful, and doubtful lists them", "[registerspec]") {
    const RegisterSpec& controls = PoliceRegisters::trafficControls();
    CHECK(controls.field(QStringLiteral("minutes")).zeroIsDoubtful);
    CHECK(controls.field(QStringLiteral("vehicles_checked")).zeroIsDoubtful);
    CHECK_FALSE(controls.field(QStringLiteral("reports_speed")).zeroIsDoubtful);
    CHECK(PoliceRegisters::drugOperations().field(QStringLiteral("hours")).zeroIsDoubtful);
    CHECK(WatchRegisters::events().field(QStringLiteral("participants")).zeroIsDoubtful);
    CHECK(TobaccoRegisters::testPurchases().field(QStringLiteral("buyer_age")).zeroIsDoubtful);
    CHECK(PromiseRegisters::targets().field(QStringLiteral("quantity")).zeroIsDoubtful);

    Record control;
    control.values = {{QStringLiteral("minutes"), 0},
                      {QStringLiteral("vehicles_checked"), 0},
                      {QStringLiteral("reports_speed"), 0}};
    const QList<const FieldSpec*> doubtful = controls.doubtful(control);
    REQUIRE(doubtful.size() == 2);
    CHECK(doubtful.at(0)->name == QStringLiteral("minutes"));
    CHECK(doubtful.at(1)->name == QStringLiteral("vehicles_checked"));
    control.values.insert(QStringLiteral("minutes"), 45);
    control.values.insert(QStringLiteral("vehicles_checked"), 30);
    CHECK(controls.doubtful(control).isEmpty());
}
