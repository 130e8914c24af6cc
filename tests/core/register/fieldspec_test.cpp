#include "catchqt.h"

#include "register/fieldspec.h"
#include <QLocale>

#include <QDate>

#include <limits>
#include <tuple>

using namespace lk;
using lk::test::mentions;

namespace {

const QList<CodeOption> weekdays{
    {QStringLiteral("man"), "Monday"},
    {QStringLiteral("tis"), "Tuesday"},
};

} // namespace

TEST_CASE("The FieldSpec factories set name, type, label and limits", "[fieldspec]") {
    const FieldSpec text = FieldSpec::text(QStringLiteral("title"), "Title");
    CHECK(text.name == QStringLiteral("title"));
    CHECK(text.type == FieldType::Text);
    CHECK(text.displayLabel() == QStringLiteral("Title"));
    CHECK_FALSE(text.isRequired);

    const FieldSpec number = FieldSpec::integer(QStringLiteral("quantity"), "Number", -5, 50);
    CHECK(number.type == FieldType::Integer);
    CHECK(number.minimum == -5);
    CHECK(number.maximum == 50);

    const FieldSpec reference =
        FieldSpec::reference(QStringLiteral("promise_id"), "Promise", QStringLiteral("promises"));
    CHECK(reference.type == FieldType::Reference);
    CHECK(reference.references == QStringLiteral("promises"));

    const FieldSpec code = FieldSpec::code(QStringLiteral("day"), "Day", weekdays);
    CHECK(code.codes.size() == 2);
    CHECK(FieldSpec::longText(QStringLiteral("aim"), "Aim").type == FieldType::LongText);
    CHECK(FieldSpec::date(QStringLiteral("on"), "Date").type == FieldType::Date);
    CHECK(FieldSpec::boolean(QStringLiteral("done"), "Done").type == FieldType::Boolean);

    const FieldSpec required = text.required();
    CHECK(required.isRequired);
    CHECK(required.name == text.name);
    CHECK_FALSE(text.isRequired); // a copy, the original unchanged
}

TEST_CASE("jsonKey drops _id from references only", "[fieldspec]") {
    CHECK(FieldSpec::reference(QStringLiteral("focus_area_id"), "Focus area", QStringLiteral("focus_areas"))
              .jsonKey() == QStringLiteral("focus_area"));
    CHECK(FieldSpec::reference(QStringLiteral("owner"), "Owner", QStringLiteral("people")).jsonKey() ==
          QStringLiteral("owner"));
    CHECK(FieldSpec::text(QStringLiteral("case_id"), "Case number").jsonKey() == QStringLiteral("case_id"));
}

TEST_CASE("isFreeText is true for text and long text only", "[fieldspec]") {
    CHECK(FieldSpec::text(QStringLiteral("a"), "A").isFreeText());
    CHECK(FieldSpec::longText(QStringLiteral("a"), "A").isFreeText());
    CHECK_FALSE(FieldSpec::code(QStringLiteral("a"), "A", weekdays).isFreeText());
    CHECK_FALSE(FieldSpec::integer(QStringLiteral("a"), "A").isFreeText());
    CHECK_FALSE(FieldSpec::date(QStringLiteral("a"), "A").isFreeText());
}

TEST_CASE("Codes are looked up by their stable text, and an unknown code shows as itself", "[fieldspec]") {
    const FieldSpec day = FieldSpec::code(QStringLiteral("day"), "Day", weekdays);
    CHECK(day.isCode(QStringLiteral("man")));
    CHECK_FALSE(day.isCode(QStringLiteral("Monday")));
    CHECK_FALSE(day.isCode(QString()));
    CHECK(day.codeLabel(QStringLiteral("tis")) == QStringLiteral("Tuesday"));
    CHECK(day.codeLabel(QStringLiteral("ons")) == QStringLiteral("ons"));
    CHECK(day.displayText(QStringLiteral("man")) == QStringLiteral("Monday"));
}

TEST_CASE("normalized gives each type its in-memory form, or nothing when empty", "[fieldspec]") {
    const FieldSpec text = FieldSpec::text(QStringLiteral("t"), "T");
    CHECK_FALSE(text.normalized(QVariant()).isValid());
    CHECK_FALSE(text.normalized(QString()).isValid());
    CHECK_FALSE(text.normalized(QVariant(QMetaType(QMetaType::QString))).isValid()); // SQL NULL
    CHECK(text.normalized(QStringLiteral("Salem")) == QVariant(QStringLiteral("Salem")));

    const FieldSpec date = FieldSpec::date(QStringLiteral("d"), "D");
    CHECK(date.normalized(QStringLiteral("2021-03-15")) == QVariant(QDate(2021, 3, 15)));
    CHECK(date.normalized(QDate(2021, 3, 15)) == QVariant(QDate(2021, 3, 15)));
    CHECK_FALSE(date.normalized(QDate()).isValid());
    CHECK_FALSE(date.normalized(QString()).isValid());
    // Unreadable dates stay text, so that validation can name them.
    CHECK(date.normalized(QStringLiteral("2021-02-30")) == QVariant(QStringLiteral("2021-02-30")));
    CHECK(date.normalized(QStringLiteral("2021-3-5")).metaType().id() == QMetaType::QString);
    CHECK(date.normalized(QStringLiteral("2021-03-15T10:00:00")).metaType().id() == QMetaType::QString);

    const FieldSpec number = FieldSpec::integer(QStringLiteral("n"), "N");
    CHECK(number.normalized(QStringLiteral("42")) == QVariant(qint64(42)));
    CHECK(number.normalized(42).metaType().id() == QMetaType::LongLong);
    CHECK_FALSE(number.normalized(QString()).isValid());
    CHECK(number.normalized(QStringLiteral("tolv")).metaType().id() == QMetaType::QString);

    const FieldSpec reference = FieldSpec::reference(QStringLiteral("r_id"), "R", QStringLiteral("rs"));
    CHECK(reference.normalized(QStringLiteral("7")) == QVariant(qint64(7)));

    const FieldSpec flag = FieldSpec::boolean(QStringLiteral("b"), "B");
    CHECK(flag.normalized(1) == QVariant(true));
    CHECK(flag.normalized(0) == QVariant(false));
    // A yes/no left out is no.
    CHECK(flag.normalized(QVariant()) == QVariant(false));
}

TEST_CASE("toStorage writes ISO dates, 0/1 booleans and NULL for empty values", "[fieldspec]") {
    const FieldSpec date = FieldSpec::date(QStringLiteral("d"), "D");
    CHECK(date.toStorage(QDate(2021, 3, 5)) == QVariant(QStringLiteral("2021-03-05")));
    CHECK(date.toStorage(QStringLiteral("2021-03-05")) == QVariant(QStringLiteral("2021-03-05")));
    const QVariant empty = date.toStorage(QVariant());
    CHECK(empty.isNull());

    const FieldSpec flag = FieldSpec::boolean(QStringLiteral("b"), "B");
    CHECK(flag.toStorage(true) == QVariant(1));
    CHECK(flag.toStorage(false) == QVariant(0));

    const FieldSpec number = FieldSpec::integer(QStringLiteral("n"), "N");
    CHECK(number.toStorage(QStringLiteral("12")).toLongLong() == 12);
    CHECK(FieldSpec::text(QStringLiteral("t"), "T").toStorage(QString()).isNull());
    CHECK(FieldSpec::code(QStringLiteral("c"), "C", weekdays).toStorage(QStringLiteral("man")) ==
          QVariant(QStringLiteral("man")));
}

TEST_CASE("displayText shows codes by label, dates in ISO form and booleans as words", "[fieldspec]") {
    CHECK(FieldSpec::date(QStringLiteral("d"), "D").displayText(QStringLiteral("2021-12-31")) ==
          QStringLiteral("2021-12-31"));
    CHECK(FieldSpec::date(QStringLiteral("d"), "D").displayText(QDate(2022, 1, 2)) ==
          QStringLiteral("2022-01-02"));
    const FieldSpec flag = FieldSpec::boolean(QStringLiteral("b"), "B");
    CHECK_FALSE(flag.displayText(true).isEmpty());
    CHECK(flag.displayText(true) != flag.displayText(false));
    // Numbers in the user's language, as the spin box shows them: 1 200 in Swedish.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    CHECK(FieldSpec::integer(QStringLiteral("n"), "N").displayText(qint64(1200)) ==
          QStringLiteral("1\u00a0200"));
    QLocale::setDefault(before);
    CHECK(FieldSpec::text(QStringLiteral("t"), "T").displayText(QVariant()).isEmpty());
}

TEST_CASE("FieldSpec::validate checks one value and names the field", "[fieldspec]") {
    const FieldSpec title = FieldSpec::text(QStringLiteral("title"), "Title").required();
    CHECK(title.validate(QStringLiteral("Trygghetsvandringar")).ok());
    auto empty = title.validate(QString());
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.message().contains(QStringLiteral("Title")));
    CHECK(FieldSpec::text(QStringLiteral("note"), "Note").validate(QVariant()).ok());

    const FieldSpec count = FieldSpec::integer(QStringLiteral("count"), "Count", 0, 12);
    CHECK(count.validate(12).ok());
    CHECK(count.validate(QStringLiteral("0")).ok());
    auto tooMany = count.validate(13);
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.message().contains(QStringLiteral("Count")));
    CHECK(tooMany.message().contains(QStringLiteral("12")));

    const FieldSpec day = FieldSpec::code(QStringLiteral("day"), "Day", weekdays);
    CHECK(day.validate(QStringLiteral("tis")).ok());
    auto wrong = day.validate(QStringLiteral("Tuesday"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.message().contains(QStringLiteral("Day")));
    CHECK(wrong.message().contains(QStringLiteral("man")));

    const FieldSpec when = FieldSpec::date(QStringLiteral("when"), "When");
    CHECK(when.validate(QDate(2021, 3, 15)).ok());
    CHECK_FALSE(when.validate(QStringLiteral("2021-02-29")).ok());
}

TEST_CASE("Free text takes tabs, line ends and any character, but no control character or half surrogate",
          "[fieldspec][hostile]") {
    const FieldSpec note = FieldSpec::longText(QStringLiteral("note"), "Note");
    CHECK(note.validate(QStringLiteral("Rad 1\r\nRad 2\n\tindrag\rslut")).ok());
    CHECK(note.validate(QString::fromUtf8(
                            "Polisen \xF0\x9F\x9A\x93 och \xE2\x80\x8F\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"))
              .ok());
    for (const auto& [text, character, place] :
         {std::tuple{QStringLiteral("före\x01"
                                    "efter"),
                     "U+0001", "character 5"},
          std::tuple{QString(QStringLiteral("noll") + QChar(u'\0') + QStringLiteral("byte")), "U+0000",
                     "character 5"},
          std::tuple{QStringLiteral("\x1b[31mröd"), "U+001B", "character 1"},
          std::tuple{QStringLiteral("radera\x7f"), "U+007F", "character 7"},
          std::tuple{QString(QStringLiteral("C1 ") + QChar(0x85)), "U+0085", "character 4"},
          std::tuple{QString(QStringLiteral("halv ") + QChar(0xD83D)), "U+D83D", "character 6"},
          std::tuple{QString(QChar(0xDE93) + QStringLiteral(" halv")), "U+DE93", "character 1"}}) {
        INFO(text.toStdString());
        auto refused = note.validate(text);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("Note")));
        CHECK(refused.message().contains(QString::fromLatin1(character)));
        CHECK(refused.message().contains(QString::fromLatin1(place)));
    }
}

TEST_CASE("A text field's length limit is its own, or 500 for a line and 20 000 for a long text",
          "[fieldspec]") {
    CHECK(FieldSpec::text(QStringLiteral("title"), "Title").lengthLimit() == 500);
    CHECK(FieldSpec::longText(QStringLiteral("aim"), "Aim").lengthLimit() == 20000);
    FieldSpec name = FieldSpec::text(QStringLiteral("name"), "Name");
    name.maxLength = 100;
    CHECK(name.lengthLimit() == 100);
    CHECK(name.validate(QString(100, u'x')).ok());
    CHECK_FALSE(name.validate(QString(101, u'x')).ok());
}

TEST_CASE("A Decimal field reads 12,5 and 12.5 as a double and keeps unreadable text",
          "[fieldspec][decimal]") {
    const FieldSpec value = FieldSpec::decimal(QStringLiteral("value"), "Value");
    CHECK(value.type == FieldType::Decimal);
    CHECK(value.displayLabel() == QStringLiteral("Value"));
    CHECK(value.minimum == -1'000'000'000'000);
    CHECK(value.maximum == 1'000'000'000'000);
    CHECK_FALSE(value.isFreeText());

    CHECK(value.normalized(QStringLiteral("12,5")) == QVariant(12.5));
    CHECK(value.normalized(QStringLiteral("12,5")).metaType().id() == QMetaType::Double);
    CHECK(value.normalized(QStringLiteral("12.5")) == QVariant(12.5));
    CHECK(value.normalized(QStringLiteral("1\u00a0234,5")) == QVariant(1234.5));
    CHECK(value.normalized(12.5) == QVariant(12.5));
    // Whole numbers (an INTEGER read from the file, a count from code) become doubles too.
    CHECK(value.normalized(qint64(3)).metaType().id() == QMetaType::Double);
    CHECK(value.normalized(7) == QVariant(7.0));
    CHECK_FALSE(value.normalized(QVariant()).isValid());
    CHECK_FALSE(value.normalized(QString()).isValid());
    CHECK_FALSE(value.normalized(QStringLiteral("  ")).isValid());
    CHECK_FALSE(value.normalized(QVariant(QMetaType(QMetaType::Double))).isValid()); // SQL NULL
    // Unreadable numbers stay text, so that validation can name them.
    CHECK(value.normalized(QStringLiteral("12,5 %")) == QVariant(QStringLiteral("12,5 %")));
    CHECK(value.normalized(QStringLiteral("1.234,5")).metaType().id() == QMetaType::QString);
}

TEST_CASE("A Decimal field names unreadable text and checks its range", "[fieldspec][decimal]") {
    const FieldSpec value = FieldSpec::decimal(QStringLiteral("value"), "Value");
    CHECK(value.validate(QStringLiteral("12,5")).ok());
    CHECK(value.validate(37.2).ok());
    CHECK(value.validate(qint64(-4)).ok());
    CHECK(value.validate(QVariant()).ok());
    CHECK(value.validate(1e12).ok());
    CHECK_FALSE(value.validate(1.5e12).ok());
    CHECK_FALSE(value.validate(-1.5e12).ok());

    auto empty = value.required().validate(QString());
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.message().contains(QStringLiteral("Value")));

    auto words = value.validate(QStringLiteral("tolv"));
    REQUIRE_FALSE(words.ok());
    CHECK(words.message().contains(QStringLiteral("Value")));
    CHECK(words.message().contains(QStringLiteral("tolv")));
    CHECK(words.message().contains(QStringLiteral("12,5"))); // how to write it
    CHECK_FALSE(value.validate(QStringLiteral("12,5 %")).ok());
    CHECK_FALSE(value.validate(std::numeric_limits<double>::infinity()).ok());
    CHECK_FALSE(value.validate(std::numeric_limits<double>::quiet_NaN()).ok());
    CHECK_FALSE(value.validate(true).ok());

    const FieldSpec share = FieldSpec::decimal(QStringLiteral("share"), "Share", 0, 100);
    CHECK(share.validate(0.0).ok());
    CHECK(share.validate(QStringLiteral("37,2")).ok());
    CHECK(share.validate(100.0).ok());
    auto over = share.validate(100.5);
    REQUIRE_FALSE(over.ok());
    CHECK(over.message().contains(QStringLiteral("Share")));
    CHECK(over.message().contains(QStringLiteral("100")));
    CHECK_FALSE(share.validate(QStringLiteral("-0,1")).ok());
}

TEST_CASE("A Decimal field shows Swedish decimals like an Integer in Swedish, and stores a double",
          "[fieldspec][decimal]") {
    const FieldSpec value = FieldSpec::decimal(QStringLiteral("value"), "Value");
    const QLocale before;
    QLocale::setDefault(QLocale::c());
    CHECK(value.displayText(12.5) == QStringLiteral("12,5"));
    CHECK(value.displayText(QStringLiteral("12.5")) == QStringLiteral("12,5"));
    CHECK(value.displayText(3.0) == QStringLiteral("3"));
    CHECK(value.displayText(1234.5) == QStringLiteral("1\u00a0234,5"));
    CHECK(value.displayText(QStringLiteral("tolv")) == QStringLiteral("tolv"));
    CHECK(value.displayText(QVariant()).isEmpty());
    // In the program's Swedish locale a decimal groups and signs its digits as a whole number does.
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    const FieldSpec count = FieldSpec::integer(QStringLiteral("n"), "N", -5000, 5000);
    CHECK(value.displayText(-1200.0) == count.displayText(qint64(-1200)));
    CHECK(value.displayText(1234.5) == QStringLiteral("1\u00a0234,5"));
    QLocale::setDefault(before);

    const QVariant stored = value.toStorage(QStringLiteral("12,5"));
    CHECK(stored.metaType().id() == QMetaType::Double);
    CHECK(stored.toReal() == 12.5);
    CHECK(value.toStorage(37.2) == QVariant(37.2));
    CHECK(value.toStorage(QVariant()).isNull());
}

TEST_CASE("A year is a whole number from 1990 to 2100 shown without a group separator", "[fieldspec]") {
    const FieldSpec year = FieldSpec::year(QStringLiteral("year"), "Year");
    const FieldSpec count = FieldSpec::integer(QStringLiteral("n"), "N");
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    CHECK(year.displayText(qint64(2021)) == QStringLiteral("2021"));
    CHECK(count.displayText(qint64(2021)) == QStringLiteral("2\u00a0021"));
    QLocale::setDefault(before);
    CHECK(year.validate(qint64(2021)).ok());
    CHECK_FALSE(year.validate(qint64(1989)).ok());
    CHECK_FALSE(year.validate(qint64(2101)).ok());
}

TEST_CASE("A date that does not exist is refused with the reason, and the error names its field",
          "[fieldspec]") {
    const FieldSpec when = FieldSpec::date(QStringLiteral("when"), "When");
    const Status month = when.validate(QStringLiteral("2022-13-45"));
    REQUIRE_FALSE(month.ok());
    CHECK(month.error().field == QStringLiteral("when"));
    CHECK_THAT(month.message().toStdString(), mentions(QStringLiteral("“When”")));
    CHECK_THAT(month.message().toStdString(), mentions(QStringLiteral("no month 13")));
    CHECK_THAT(when.validate(QStringLiteral("2022-02-30")).message().toStdString(),
               mentions(QStringLiteral("28 days")));
    // Text that is no date at all says how to write one.
    CHECK_THAT(when.validate(QStringLiteral("igår")).message().toStdString(),
               mentions(QStringLiteral("2022-11-03")));
}

TEST_CASE("A field declared doubtful when zero doubts 0 only", "[fieldspec]") {
    const FieldSpec vehicles =
        FieldSpec::integer(QStringLiteral("vehicles"), "Vehicles checked", 0, 1000).doubtfulWhenZero();
    CHECK(vehicles.zeroIsDoubtful);
    CHECK(vehicles.validate(0).ok()); // allowed: a doubt is asked, never refused
    CHECK_THAT(vehicles.doubt(0).toStdString(), mentions(QStringLiteral("“Vehicles checked” is 0")));
    CHECK_THAT(vehicles.doubt(QStringLiteral("0")).toStdString(), mentions(QStringLiteral("is 0")));
    CHECK(vehicles.doubt(12).isEmpty());
    CHECK(vehicles.doubt(QVariant()).isEmpty());
    CHECK(FieldSpec::integer(QStringLiteral("reports"), "Reports", 0, 1000).doubt(0).isEmpty());
}

TEST_CASE("A months field keeps its months sorted and once, and names its field when a value is no months",
          "[fieldspec][months]") {
    const FieldSpec months = FieldSpec::months(QStringLiteral("months"), "Months of the work");
    CHECK(months.type == FieldType::Months);
    CHECK_FALSE(months.isFreeText()); // numbers, not words: the personal-data guard has nothing to read
    CHECK(months.normalized(QStringLiteral("10,9,4,5,4")) == QVariant(QStringLiteral("4,5,9,10")));
    CHECK(months.normalized(QVariantList{11.0, 12.0}) == QVariant(QStringLiteral("11,12")));
    CHECK_FALSE(months.normalized(QString()).isValid()); // empty: every month
    CHECK_FALSE(months.normalized(QVariantList()).isValid());
    CHECK(months.toStorage(QStringLiteral("5,3")) == QVariant(QStringLiteral("3,5")));
    CHECK(months.toStorage(QVariant()).isNull());
    CHECK(months.validate(QStringLiteral("1,12")).ok());
    CHECK(months.validate(QVariant()).ok());

    for (const QString& wrong : {QStringLiteral("13"), QStringLiteral("0,3"), QStringLiteral("mars"),
                                 QStringLiteral("3;4"), QStringLiteral("19121212-1212")}) {
        INFO(wrong.toStdString());
        const Status refused = months.validate(wrong);
        REQUIRE_FALSE(refused.ok());
        CHECK_THAT(refused.message().toStdString(), mentions(QStringLiteral("“Months of the work”")));
        CHECK_THAT(refused.message().toStdString(),
                   mentions(QStringLiteral("“%1” is not a list of months").arg(wrong)));
        CHECK(refused.error().field == QStringLiteral("months"));
        // What was given stays, for the user to mend.
        CHECK(months.normalized(wrong) == QVariant(wrong));
    }
    CHECK_FALSE(months.required().validate(QVariant()).ok());
}

TEST_CASE("A months field shows its months as ranges of month names in the program's language",
          "[fieldspec][months]") {
    const FieldSpec months = FieldSpec::months(QStringLiteral("months"), "Months of the work");
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    CHECK(months.displayText(QStringLiteral("3,4,5,9,10")) == QStringLiteral("mars–maj, sep–okt"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(months.displayText(QStringLiteral("3,4,5,9,10")) == QStringLiteral("Mar–May, Sep–Oct"));
    CHECK(months.displayText(QStringLiteral("13")) == QStringLiteral("13"));
    CHECK(months.displayText(QVariant()).isEmpty());
    QLocale::setDefault(before);
}

TEST_CASE("A field's help is its tooltip text, translated, and none by default", "[fieldspec]") {
    const FieldSpec plain = FieldSpec::text(QStringLiteral("title"), "Title");
    CHECK(plain.displayHelp().isEmpty());
    CHECK(plain.withHelp("What it is called.").displayHelp() == QStringLiteral("What it is called."));
}
