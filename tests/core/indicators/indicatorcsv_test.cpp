#include "../watch/watchfixture.h"
#include "indicators/indicatorcsv.h"
#include "indicators/indicatortrend.h"

using namespace lk;
using namespace lk::test;

namespace {

// The values of an indicator as "year/quarter=value", oldest first.
QStringList storedValues(const WatchFile& watch, qint64 indicator) {
    QStringList values;
    auto query =
        sql::run(watch.repository.database(),
                 QStringLiteral("SELECT year, quarter, value FROM indicator_values WHERE indicator_id = ? "
                                "ORDER BY year, quarter"),
                 {indicator});
    REQUIRE(query.ok());
    while (query->next())
        values << QStringLiteral("%1/%2=%3")
                      .arg(query->value(0).toInt())
                      .arg(query->value(1).toInt())
                      .arg(query->value(2).toReal());
    return values;
}

// Reads and stores a file the way the import dialog does; REQUIREs a clean preview.
CsvImport::Preview importAll(const WatchFile& watch, const QByteArray& bytes, qint64 indicator = 0) {
    auto preview = IndicatorCsv::read(watch.repository, watch.municipality, bytes, indicator);
    INFO(preview.message().toStdString());
    REQUIRE(preview.ok());
    INFO(preview->errors.join(u'\n').toStdString());
    REQUIRE(preview->errors.isEmpty());
    auto changes = CsvImport::changes(*preview);
    REQUIRE(changes.ok());
    REQUIRE(watch.document->perform(*changes, QStringLiteral("Import")).ok());
    return *preview;
}

} // namespace

TEST_CASE("Values saved by Swedish Excel: semicolons, decimal commas and Windows-1252", "[indicators][csv]") {
    WatchFile watch;
    const Record unsafe =
        insertRecord(watch.repository, IndicatorRegisters::indicators(),
                     sampleIndicator(watch.municipality, QStringLiteral("Otrygga i centrum")));
    // "Indikator;År;Kvartal;Värde" and "Otrygga i centrum" in Windows-1252 (Å = C5, ä = E4).
    const QByteArray bytes("Indikator;\xC5r;Kvartal;V\xE4rde\r\n"
                           "Bostadsinbrott;2021;;61\r\n"
                           "bostadsinbrott;2022;;57,5\r\n"
                           "Otrygga i centrum;2022;K2;27,1\r\n"
                           "Otrygga i centrum;2022;3;1 026,25\r\n");
    const CsvImport::Preview preview = importAll(watch, bytes);
    CHECK(preview.encoding == QStringLiteral("Windows-1252"));
    CHECK(preview.separator == u';');
    CHECK(preview.added() == 4);
    CHECK(storedValues(watch, watch.indicator.id) ==
          QStringList{QStringLiteral("2021/0=61"), QStringLiteral("2022/0=57.5")});
    CHECK(storedValues(watch, unsafe.id) ==
          QStringList{QStringLiteral("2022/2=27.1"), QStringLiteral("2022/3=1026.25")});
    // One step to undo.
    watch.document->undoStack()->undo();
    CHECK(rowCount(watch.repository, QStringLiteral("indicator_values")) == 0);
}

TEST_CASE("Values from another tool: commas, decimal points, a BOM and quoted cells", "[indicators][csv]") {
    WatchFile watch;
    const QByteArray bytes("\xEF\xBB\xBFIndicator,Year,Quarter,Value,Note\n"
                           "Bostadsinbrott,2021,,61.5,\"Källa: polisen, öppen statistik\"\n"
                           "Bostadsinbrott,2022,Q1,14.25,\n");
    const CsvImport::Preview preview = importAll(watch, bytes);
    CHECK(preview.encoding == QStringLiteral("UTF-8 with BOM"));
    CHECK(preview.separator == u',');
    CHECK(storedValues(watch, watch.indicator.id) ==
          QStringList{QStringLiteral("2021/0=61.5"), QStringLiteral("2022/1=14.25")});
    CHECK(
        countWhere(watch.repository,
                   QStringLiteral("SELECT count(*) FROM indicator_values WHERE note = 'Källa: polisen, öppen "
                                  "statistik'")) == 1);
}

TEST_CASE("A file with a broken line names every bad line and changes nothing", "[indicators][csv]") {
    WatchFile watch;
    insertRecord(watch.repository, IndicatorRegisters::values(), valueOf(watch.indicator.id, 2020, 0, 68));
    const QString before = contentOf(*watch.document);
    const QByteArray bytes = QStringLiteral("Indikator;År;Kvartal;Värde;Kommentar\n"
                                            "Bostadsinbrott;2021;;61;\n"
                                            "\n"
                                            "Bostadsinbrott;tjugotjugo;;57;\n"
                                            "Bostadsinbrott;2022;5;57;\n"
                                            "Bostadsinbrot;2022;;57;\n"
                                            "Bostadsinbrott;2022;;57 st;\n"
                                            "Bostadsinbrott;2021;0;60;\n"
                                            "Bostadsinbrott;2019;;70;Uppgift från %1\n")
                                 .arg(validPersonalNumber())
                                 .toUtf8();
    auto preview = IndicatorCsv::read(watch.repository, watch.municipality, bytes);
    REQUIRE(preview.ok());
    const QStringList& errors = preview->errors;
    REQUIRE(errors.size() == 6);
    CHECK_THAT(errors.at(0).toStdString(), mentions(QStringLiteral("Line 4:")));
    CHECK_THAT(errors.at(0).toStdString(), mentions(QStringLiteral("tjugotjugo")));
    CHECK_THAT(errors.at(1).toStdString(), mentions(QStringLiteral("Line 5:")));
    CHECK_THAT(errors.at(2).toStdString(),
               mentions(QStringLiteral("Line 6: there is no indicator “Bostadsinbrot”")));
    CHECK_THAT(errors.at(3).toStdString(), mentions(QStringLiteral("Line 7: “57 st” is not a number")));
    CHECK_THAT(errors.at(4).toStdString(),
               mentions(QStringLiteral("Line 8: the same indicator, year and quarter as line 2")));
    CHECK_THAT(errors.at(5).toStdString(), mentions(QStringLiteral("Line 9:")));
    CHECK_THAT(errors.at(5).toStdString(), mentions(QStringLiteral("personnummer")));
    CHECK_FALSE(CsvImport::changes(*preview).ok());
    CHECK(contentOf(*watch.document) == before);
}

TEST_CASE("A file's values are stored all together or not at all, also when the last one fails at the store",
          "[indicators][csv]") {
    WatchFile watch;
    const Record other =
        insertRecord(watch.repository, IndicatorRegisters::indicators(),
                     sampleIndicator(watch.municipality, QStringLiteral("Otrygga i centrum")));
    insertRecord(watch.repository, IndicatorRegisters::values(), valueOf(watch.indicator.id, 2020, 0, 68));
    auto preview = IndicatorCsv::read(watch.repository, watch.municipality,
                                      QByteArray("Indikator;År;Värde\n"
                                                 "Bostadsinbrott;2020;70\n"
                                                 "Bostadsinbrott;2021;61\n"
                                                 "Otrygga i centrum;2021;27\n"));
    REQUIRE(preview.ok());
    REQUIRE(preview->errors.isEmpty());
    auto changes = CsvImport::changes(*preview);
    REQUIRE(changes.ok());
    REQUIRE(changes->rows.size() == 3);
    // Between the preview and the store the last value's indicator goes (another window deleted it): the
    // update and the new value before it are taken back with it.
    REQUIRE(watch.document->remove(IndicatorRegisters::indicators(), other.uuid).ok());
    const QString before = contentOf(*watch.document);
    const qint64 auditBefore = auditCount(watch.repository);
    auto stored = watch.document->perform(*changes, QStringLiteral("Import"));
    REQUIRE_FALSE(stored.ok());
    CHECK_THAT(stored.message().toStdString(), mentions(QStringLiteral("could not be saved")));
    CHECK(contentOf(*watch.document) == before);
    CHECK(auditCount(watch.repository) == auditBefore);
    CHECK(storedValues(watch, watch.indicator.id) == QStringList{QStringLiteral("2020/0=68")});
}

TEST_CASE("A file that cannot be read as CSV, or lacks a column, is refused with the reason",
          "[indicators][csv]") {
    WatchFile watch;
    for (const auto& [bytes, reason] :
         {std::pair{QByteArray(), "empty"},
          std::pair{QByteArray("Indikator;År\nBostadsinbrott;2021\n"), "Värde"},
          std::pair{QByteArray("Indikator;År;Värde\nBostadsinbrott;2021;\"61\n"), "Line 2"}}) {
        INFO(reason);
        auto preview = IndicatorCsv::read(watch.repository, watch.municipality, bytes);
        REQUIRE_FALSE(preview.ok());
        CHECK_THAT(preview.message().toStdString(), mentions(QString::fromUtf8(reason)));
    }
}

TEST_CASE("An import updates a stored value, leaves an equal one alone, and fills in the chosen indicator",
          "[indicators][csv]") {
    WatchFile watch;
    insertRecord(watch.repository, IndicatorRegisters::values(), valueOf(watch.indicator.id, 2020, 0, 68));
    insertRecord(watch.repository, IndicatorRegisters::values(), valueOf(watch.indicator.id, 2021, 0, 60));
    // No Indikator column: the values are the chosen indicator's.
    const CsvImport::Preview preview =
        importAll(watch, QByteArray("År;Värde\n2020;68\n2021;61\n2022;57\n"), watch.indicator.id);
    CHECK(preview.added() == 1);
    CHECK(preview.updated() == 1);
    CHECK(preview.unchanged() == 1);
    CHECK(storedValues(watch, watch.indicator.id) ==
          QStringList{QStringLiteral("2020/0=68"), QStringLiteral("2021/0=61"), QStringLiteral("2022/0=57")});
    // Without a chosen indicator the column is needed.
    auto refused =
        IndicatorCsv::read(watch.repository, watch.municipality, QByteArray("År;Värde\n2020;68\n"));
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.message().toStdString(), mentions(QStringLiteral("Indikator")));
}

TEST_CASE("An indicator's trend says how far the latest value has come towards the target", "[indicators]") {
    WatchFile watch; // baseline 68 in 2020, target 55 in 2022, lower is better
    insertRecord(watch.repository, IndicatorRegisters::values(), valueOf(watch.indicator.id, 2022, 0, 57.5));
    insertRecord(watch.repository, IndicatorRegisters::values(), valueOf(watch.indicator.id, 2021, 0, 61));
    insertRecord(watch.repository, IndicatorRegisters::values(), valueOf(watch.indicator.id, 2021, 2, 15));
    auto trend = IndicatorTrend::of(watch.repository, watch.indicator);
    REQUIRE(trend.ok());
    REQUIRE(trend->points.size() == 3);
    // In time order: the second quarter of 2021 sits before the middle of the year that holds the year's
    // value.
    CHECK(trend->points.at(0).quarter == 2);
    CHECK(trend->points.at(0).x() == Approx(2021.375));
    CHECK(trend->points.at(1).quarter == 0);
    CHECK(trend->points.at(1).x() == Approx(2021.5));
    CHECK(trend->points.last().value == 57.5);
    CHECK(trend->progress().value() == Approx(100.0 * 10.5 / 13));
    CHECK_THAT(trend->summary().toStdString(), mentions(QStringLiteral("81 % of the way")));
    CHECK_THAT(trend->summary().toStdString(), mentions(QStringLiteral("57,5")));

    // Higher is better: the same arithmetic the other way round.
    const Record higher = insertRecord(watch.repository, IndicatorRegisters::indicators(),
                                       merged(sampleIndicator(watch.municipality, QStringLiteral("Trygga")),
                                              {{QStringLiteral("direction"), QStringLiteral("hogre")},
                                               {QStringLiteral("baseline_value"), 60.0},
                                               {QStringLiteral("target_value"), 70.0}}));
    insertRecord(watch.repository, IndicatorRegisters::values(), valueOf(higher.id, 2022, 0, 58));
    auto worse = IndicatorTrend::of(watch.repository, higher);
    REQUIRE(worse.ok());
    CHECK(worse->progress().value() == Approx(-20));
    CHECK_THAT(worse->summary().toStdString(), mentions(QStringLiteral("Further from the target")));
}

TEST_CASE("An indicator's baseline and target come with their year, the target after the baseline",
          "[indicators]") {
    WatchFile watch;
    for (const QVariantMap& change : {QVariantMap{{QStringLiteral("baseline_value"), QVariant()}},
                                      QVariantMap{{QStringLiteral("target_year"), 2019}}}) {
        auto refused = watch.repository.insert(IndicatorRegisters::indicators(),
                                               recordOf(merged(sampleIndicator(watch.municipality), change)),
                                               Repository::Stamp::Now);
        CHECK_FALSE(refused.ok());
    }
    auto duplicate =
        watch.repository.insert(IndicatorRegisters::values(),
                                recordOf(valueOf(watch.indicator.id, 2021, 0, 1)), Repository::Stamp::Now);
    REQUIRE(duplicate.ok());
    auto again =
        watch.repository.insert(IndicatorRegisters::values(),
                                recordOf(valueOf(watch.indicator.id, 2021, 0, 2)), Repository::Stamp::Now);
    CHECK_FALSE(again.ok());
}

TEST_CASE("A column the indicator import does not read, such as Källa, is named and not passed over",
          "[indicators][csv]") {
    WatchFile watch;
    const CsvImport::Preview preview =
        importAll(watch, QByteArray("Indikator;År;Värde;Källa\nBostadsinbrott;2021;61;BRÅ\n"));
    CHECK(preview.unused == QStringList{QStringLiteral("Källa")});
    CHECK(CsvImport::unusedNote(preview) == QStringLiteral("1 column(s) of the file not read: Källa."));
    CHECK(storedValues(watch, watch.indicator.id) == QStringList{QStringLiteral("2021/0=61")});
}
