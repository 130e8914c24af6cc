// Hostile text (quotes, semicolons, SQL, a megabyte, control characters, invalid UTF-8, bidi marks, emoji) in
// every text field of every register: each value is either stored and comes back unchanged, from the file and
// through a JSON export imported into a new file, or refused with a message that leaves the file as it was.
#include "../register/registerfixture.h"
#include "../watch/watchfixture.h"
#include "everyregister.h"
#include "indicators/indicatorcsv.h"
#include "io/jsonimporter.h"
#include "register/registry.h"

#include <QFile>

#include <map>
#include <tuple>

using namespace lk;
using namespace lk::test;

namespace {

// What a free-text field that takes ordinary text must do with a hostile value.
enum class Expect { Stored, Refused };

struct Hostile {
    const char* name;
    QString text; // empty: as many characters as the field holds, its longest value
    Expect expect;
};

QString withChar(const char* before, char16_t c, const char* after) {
    return QString::fromUtf8(before) + QChar(c) + QString::fromUtf8(after);
}

const QList<Hostile>& hostileTexts() {
    static const QList<Hostile> texts{
        {"quotes", QStringLiteral("Karin's \"trygga\" kväll, ”citat” och ’apostrof’"), Expect::Stored},
        {"separators", QStringLiteral("a;b;;c,d;\"e;f\",\"\"\";"), Expect::Stored},
        {"SQL", QStringLiteral("'); DROP TABLE municipalities; --"), Expect::Stored},
        {"SQL in quotes", QStringLiteral("Robert\"); DELETE FROM audit_log WHERE ('1'='1"), Expect::Stored},
        {"placeholders", QStringLiteral("%1 %2 %n %s %% \\ \\n {0} ${x} &amp;"), Expect::Stored},
        {"markup", QStringLiteral("<b>fet</b> & <script>alert(1)</script> <!-- -->"), Expect::Stored},
        {"line ends and tab", QStringLiteral("rad 1\r\nrad 2\nrad 3\rslut\tmed tabb"), Expect::Stored},
        {"spaces around", QStringLiteral("  mellanslag runt om \u00A0"), Expect::Stored},
        {"invalid UTF-8 as Qt decodes it", QString::fromUtf8("\xC3\x28 \xFF\xFE \xED\xA0\x80 \xF0\x9F ok"),
         Expect::Stored},
        {"bidi marks",
         QStringLiteral("\u202Egnirts\u202C \u200F\u05E9\u05DC\u05D5\u05DD\u200E \u2066x\u2069"),
         Expect::Stored},
        {"emoji",
         QString::fromUtf8("\xF0\x9F\x91\xAE\xE2\x80\x8D\xE2\x99\x80\xEF\xB8\x8F\xF0\x9F\x9A\x93 "
                           "\xF0\x9F\x87\xB8\xF0\x9F\x87\xAA \xE2\x9C\x94\xEF\xB8\x8F"),
         Expect::Stored},
        {"replacement and invisible characters",
         QStringLiteral("\uFFFD \u200B\u200C\u200D\u2060\u00AD \U0001FFFE \U0010FFFD"), Expect::Stored},
        // SQLite gives these back changed (a leading byte order mark dropped, U+FFFE and U+FFFF as U+FFFD).
        {"byte order mark", QStringLiteral("\uFEFFtext"), Expect::Refused},
        {"noncharacters U+FFFE and U+FFFF", QStringLiteral("text \uFFFE \uFFFF"), Expect::Refused},
        {"Swedish letters and combining marks", QStringLiteral("åäöÅÄÖ e\u0301 ü ß ﬁ"), Expect::Stored},
        {"longest allowed", QString(), Expect::Stored},
        {"one megabyte", QString(1024 * 1024, u'x'), Expect::Refused},
        {"control characters", QStringLiteral("ctrl \x01\x02 \x1b[31mröd\x1b[0m"), Expect::Refused},
        {"NUL", withChar("före", u'\0', "efter"), Expect::Refused},
        {"DEL and C1", withChar("radera\x7f ", 0x85, " csi ") + QChar(0x9B), Expect::Refused},
        {"half a surrogate pair", withChar("halv ", 0xD83D, " emoji"), Expect::Refused},
    };
    return texts;
}

QString valueFor(const Hostile& hostile, const FieldSpec& field) {
    return hostile.text.isEmpty() ? QString(field.lengthLimit(), u'å') : hostile.text;
}

// The fields whose values are text in the file: free text, and codes, code lists, dates and months, which
// must refuse any of these values.
bool holdsText(const FieldSpec& field) {
    return field.isFreeText() || field.type == FieldType::Code || field.type == FieldType::CodeSet ||
           field.type == FieldType::Date || field.type == FieldType::Months;
}

// The Salem template and one record (or a few) of every register: the base export the fuzz targets use.
QByteArray everyRegister() {
    QFile file(QStringLiteral(LOFTESKOLLEN_SOURCE_DIR "/tests/fuzz/corpus/json/every-register.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

std::optional<Record> stored(const Document& document, const RegisterSpec& spec, const QString& uuid) {
    auto found = document.repository().find(spec, uuid);
    INFO(found.message().toStdString());
    REQUIRE(found.ok());
    return *found;
}

// A field of a record that a hostile value went into, and the value it must keep.
using Place = std::tuple<QString, QString, QString>; // table, uuid, field

} // namespace

TEST_CASE("Hostile text in every text field of every register is kept unchanged through the file and an "
          "export, or refused with a message",
          "[hostile]") {
    TestFile file;
    auto document = file.open();
    {
        auto imported = JsonImporter::import(document->repository(), everyRegister());
        INFO(imported.message().toStdString());
        REQUIRE(imported.ok());
    }
    fillEmptyRegisters(document->repository());
    // One record of each register receives the values; a field that does not take ordinary text there (an
    // organisation number, a contact without consent) is only held to storing unchanged or refusing.
    QMap<const RegisterSpec*, QString> target;
    QSet<QString> takesText;
    int fields = 0;
    for (const RegisterSpec* spec : Registry::all()) {
        auto records = document->repository().list(*spec);
        REQUIRE(records.ok());
        INFO(spec->table.toStdString());
        REQUIRE_FALSE(records->isEmpty());
        target.insert(spec, records->first().uuid);
        for (const FieldSpec& field : spec->fields) {
            if (!holdsText(field))
                continue;
            ++fields;
            if (field.isFreeText() &&
                document->update(*spec, target.value(spec), {{field.name, QStringLiteral("Vanlig text")}}))
                takesText.insert(spec->table + u'.' + field.name);
        }
    }
    CHECK(fields > 60);
    CHECK(takesText.size() > 40);

    int storedCount = 0;
    int refusedCount = 0;
    for (const Hostile& hostile : hostileTexts()) {
        INFO("hostile text: " << hostile.name);
        std::map<Place, QString> kept;
        for (const RegisterSpec* spec : Registry::all()) {
            const QString uuid = target.value(spec);
            for (const FieldSpec& field : spec->fields) {
                if (!holdsText(field))
                    continue;
                INFO(spec->table.toStdString() << "." << field.name.toStdString());
                const QString text = valueFor(hostile, field);
                const std::optional<Record> before = stored(*document, *spec, uuid);
                REQUIRE(before);
                const qint64 auditBefore = auditCount(document->repository());
                const Status saved = document->update(*spec, uuid, {{field.name, text}});
                const std::optional<Record> after = stored(*document, *spec, uuid);
                REQUIRE(after);
                if (!saved) {
                    ++refusedCount;
                    CHECK_FALSE(saved.message().isEmpty());
                    CHECK(after->values == before->values);
                    CHECK(after->updatedAt == before->updatedAt);
                    CHECK(auditCount(document->repository()) == auditBefore);
                    // Ordinary text with odd characters is not refused by a field that takes ordinary text.
                    if (hostile.expect == Expect::Stored &&
                        takesText.contains(spec->table + u'.' + field.name))
                        FAIL_CHECK("refused: " << saved.message().toStdString());
                    continue;
                }
                ++storedCount;
                CHECK(field.isFreeText());
                CHECK(hostile.expect == Expect::Stored);
                CHECK(after->value(field.name).toString() == text);
                kept[{spec->table, uuid, field.name}] = text;
            }
        }

        // Exported, imported into a new file, and exported again: the same values, the same bytes.
        const QByteArray exported = TestFile::exportOf(*document);
        TestFile copyFile(QStringLiteral("empty"));
        auto copy = copyFile.open();
        auto imported = JsonImporter::import(copy->repository(), exported);
        INFO(imported.message().toStdString());
        REQUIRE(imported.ok());
        for (const auto& [place, text] : kept) {
            const auto& [table, uuid, field] = place;
            INFO(table.toStdString() << "." << field.toStdString());
            const std::optional<Record> record = stored(*copy, *Registry::byTable(table), uuid);
            REQUIRE(record);
            CHECK(record->value(field).toString() == text);
        }
        CHECK(TestFile::exportOf(*copy) == exported);
    }
    CHECK(storedCount > 0);
    CHECK(refusedCount > 0);
}

namespace {

// The base export with the first municipality's name written as `raw` bytes between the quotes, the way
// another program might write them.
QByteArray exportWithRawName(const Document& document, const QByteArray& raw) {
    QByteArray json = exportWith(document, QStringLiteral("municipalities"), QStringLiteral("name"),
                                 QStringLiteral("@@name@@"));
    json.replace("@@name@@", raw);
    return json;
}

} // namespace

TEST_CASE("An import refuses a NUL, a control character or half a surrogate pair written as a JSON escape, "
          "naming the field",
          "[hostile][import]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    const QByteArray before = TestFile::exportOf(*document);
    for (const char* raw : {"Salem\\u0000kommun", "Salem\\u0007kommun", "Salem \\ud83d", "\\udc93 Salem"}) {
        INFO(raw);
        auto refused = JsonImporter::import(document->repository(), exportWithRawName(*document, raw));
        REQUIRE_FALSE(refused.ok());
        CHECK_THAT(refused.message().toStdString(), mentions(QStringLiteral("municipalities")));
        CHECK_THAT(refused.message().toStdString(), mentions(QStringLiteral("“name”")));
        CHECK_THAT(refused.message().toStdString(), mentions(QStringLiteral("not text")));
        CHECK(TestFile::exportOf(*document) == before);
    }
    // Escaped line ends, quotes and emoji (as a surrogate pair) are text.
    auto taken = JsonImporter::import(
        document->repository(), exportWithRawName(*document, "Salem\\r\\n\\\"kommun\\\" \\ud83d\\ude93"));
    INFO(taken.message().toStdString());
    REQUIRE(taken.ok());
    CHECK(scalar(*document, QStringLiteral("SELECT name FROM municipalities")).toString() ==
          QString::fromUtf8("Salem\r\n\"kommun\" \xF0\x9F\x9A\x93"));
}

TEST_CASE("An import refuses invalid UTF-8 in a JSON file with its line and column, and changes nothing",
          "[hostile][import]") {
    TestFile file(QStringLiteral("salem-2021-2022"));
    auto document = file.open();
    const QByteArray before = TestFile::exportOf(*document);
    for (const char* raw :
         {"Salem \xFF\xFE kommun", "Salem \xC3\x28", "Salem \xED\xA0\x80", "Salem \xF0\x9F"}) {
        auto refused = JsonImporter::import(document->repository(), exportWithRawName(*document, raw));
        REQUIRE_FALSE(refused.ok());
        CHECK_THAT(refused.message().toStdString(), mentions(QStringLiteral("not valid JSON")));
        CHECK_THAT(refused.message().toStdString(), mentions(QStringLiteral("line ")));
        CHECK(TestFile::exportOf(*document) == before);
    }
}

TEST_CASE("A hostile note in a CSV file of indicator values is stored as the cell reads, or its line is "
          "refused with the reason",
          "[hostile][csv]") {
    WatchFile watch;
    const FieldSpec& note = IndicatorRegisters::values().field(QStringLiteral("note"));
    int year = 1990;
    for (const Hostile& hostile : hostileTexts()) {
        INFO("hostile text: " << hostile.name);
        const QString text = valueFor(hostile, note);
        // Half a surrogate pair has no UTF-8 form (Qt writes "?"), so no CSV file can hold it.
        if (QString::fromUtf8(text.toUtf8()) != text)
            continue;
        // In quotation marks, with each quotation mark doubled, as a spreadsheet writes a cell. The file is
        // UTF-8 (a value decoded from invalid UTF-8 holds U+FFFD, written as valid UTF-8).
        QString cell = text;
        cell.replace(u'"', QStringLiteral("\"\""));
        const QByteArray bytes =
            (QStringLiteral("Indikator;År;Värde;Kommentar\nBostadsinbrott;%1;12;\"").arg(++year) + cell +
             QStringLiteral("\"\n"))
                .toUtf8();
        const QString before = contentOf(*watch.document);
        auto preview = IndicatorCsv::read(watch.repository, watch.municipality, bytes);
        if (!preview || !preview->errors.isEmpty()) {
            const QString why = preview ? preview->errors.join(u'\n') : preview.message();
            INFO(why.toStdString());
            CHECK(hostile.expect == Expect::Refused);
            CHECK_FALSE(why.isEmpty());
            CHECK(contentOf(*watch.document) == before);
            continue;
        }
        CHECK(hostile.expect == Expect::Stored);
        auto changes = CsvImport::changes(*preview);
        REQUIRE(changes.ok());
        auto applied = watch.document->perform(*changes, QStringLiteral("Import"));
        INFO(applied.message().toStdString());
        REQUIRE(applied.ok());
        // A CSV file's line ends are read alike whatever system wrote them, and a cell is trimmed of the
        // spaces around it (csvtable.h); inside, the text is as written.
        QString expected = text;
        expected.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        expected.replace(u'\r', u'\n');
        CHECK(scalar(*watch.document, QStringLiteral("SELECT note FROM indicator_values WHERE year = ?"),
                     {year})
                  .toString() == expected.trimmed());
    }
}
