#include "digitalwalkfixture.h"

using namespace lk;
using namespace lk::test;

namespace {

DigitalWalkCsv::Preview previewOf(const DigitalWalkFile& walk, const QByteArray& bytes) {
    auto preview = DigitalWalkCsv::read(walk.repository, walk.walk.id, bytes);
    INFO(preview.message().toStdString());
    REQUIRE(preview.ok());
    return *preview;
}

// The index of the row read from `line`.
int rowAt(const DigitalWalkCsv::Preview& preview, int line) {
    for (int i = 0; i < preview.rows.size(); ++i)
        if (preview.rows.at(i).line == line)
            return i;
    FAIL("no row from line " << line);
    return -1;
}

QString notesText(const DigitalWalkCsv::Preview& preview, int row) {
    QStringList texts;
    for (const DigitalWalkCsv::Note& note : preview.notes(row))
        texts << note.text;
    return texts.join(u'\n');
}

QStringList acceptedLines(const DigitalWalkCsv::Preview& preview) {
    QStringList lines;
    for (const DigitalWalkCsv::Row& row : preview.rows)
        if (row.accepted)
            lines << QString::number(row.line);
    return lines;
}

} // namespace

TEST_CASE("A survey export becomes proposals without the sender's name, e-mail or phone", "[digitalwalk]") {
    DigitalWalkFile walk;
    const DigitalWalkCsv::Preview preview = previewOf(walk, surveyExport());
    CHECK(preview.encoding == QStringLiteral("UTF-8 with BOM"));
    CHECK(preview.separator == u';');
    CHECK(preview.personalColumns ==
          QStringList{QStringLiteral("Namn"), QStringLiteral("E-postadress"), QStringLiteral("Telefon")});
    CHECK(preview.ignoredColumns == QStringList{QStringLiteral("Tidstämpel"), QStringLiteral("Foto-länk")});
    REQUIRE(preview.rows.size() == 8);
    for (const DigitalWalkCsv::Row& row : preview.rows) {
        CHECK_FALSE(row.description.contains(QStringLiteral("Andersson")));
        CHECK_FALSE(row.description.contains(QStringLiteral("example.se")));
        CHECK_FALSE(row.description.contains(QStringLiteral("111 22 33")));
    }

    // A registered place is linked, whatever its case; another goes first in the text, with its address.
    const DigitalWalkCsv::Row& lamps = preview.rows.at(rowAt(preview, 2));
    CHECK(lamps.placeId == walk.playground.id);
    CHECK(lamps.category == QStringLiteral("belysning"));
    CHECK(lamps.description == QStringLiteral("Lamporna vid gungorna är trasiga sedan en månad."));
    CHECK(lamps.sentAt == QStringLiteral("2023-10-01 18:02"));
    const DigitalWalkCsv::Row& graffiti = preview.rows.at(rowAt(preview, 3));
    CHECK(graffiti.placeId == 0);
    CHECK(graffiti.category == QStringLiteral("skadegorelse"));
    CHECK(graffiti.description ==
          QStringLiteral("Torget, Storgatan 5: Mycket klotter på busskuren, det känns ödsligt."));
    CHECK(preview.rows.at(rowAt(preview, 4)).placeId == walk.underpass.id);
    CHECK(preview.rows.at(rowAt(preview, 4)).category == QStringLiteral("vaxtlighet"));
    CHECK(preview.rows.at(rowAt(preview, 9)).category == QStringLiteral("snorojning"));

    // An unknown category becomes Other, with a note that does not keep the row out.
    const int litter = rowAt(preview, 5);
    CHECK(preview.rows.at(litter).category == QStringLiteral("annat"));
    CHECK_THAT(notesText(preview, litter).toStdString(),
               mentions(QStringLiteral("“Hundbajs” is not a category")));
    CHECK(preview.level(litter) == DigitalWalkCsv::Level::Info);

    // An empty text cannot be included; personal data taken out of a text asks to be read first.
    CHECK(preview.level(rowAt(preview, 7)) == DigitalWalkCsv::Level::Blocking);
    CHECK_THAT(notesText(preview, rowAt(preview, 7)).toStdString(), mentions(QStringLiteral("empty")));
    const int email = rowAt(preview, 8);
    CHECK(preview.level(email) == DigitalWalkCsv::Level::Warning);
    CHECK(preview.rows.at(email).description ==
          QStringLiteral("Stationen: Bilar kör fort, mejla mig på [e-mail address removed]."));
    CHECK(preview.rows.at(rowAt(preview, 9)).description ==
          QStringLiteral("Ekdalsvägen: Ingen plogar gångvägen, ring [phone number removed]."));
    CHECK(acceptedLines(preview) ==
          QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")});
}

TEST_CASE("The accepted rows are stored as observations sent in, and one undo takes all of them back",
          "[digitalwalk]") {
    DigitalWalkFile walk;
    const QString before = contentOf(*walk.document);
    const qint64 auditBefore = auditCount(walk.repository);
    DigitalWalkCsv::Preview preview = previewOf(walk, surveyExport());
    preview.rows[rowAt(preview, 5)].accepted = false; // rejected in the review
    preview.rows[rowAt(preview, 8)].accepted = true;  // read, and accepted with the address taken out
    preview.rows[rowAt(preview, 3)].category = QStringLiteral("nedskrapning");

    auto stored = DigitalWalkCsv::store(*walk.document, preview);
    INFO(stored.message().toStdString());
    REQUIRE(stored.ok());
    CHECK(*stored == 4);
    CHECK(walk.observations() == 4);
    CHECK(auditCount(walk.repository) == auditBefore + 4);
    CHECK(walk.document->undoStack()->count() == 1);
    CHECK(countWhere(walk.repository,
                     QStringLiteral("SELECT count(*) FROM observations WHERE walk_id = ? AND sent_in = 1"),
                     {walk.walk.id}) == 4);
    CHECK(countWhere(walk.repository,
                     QStringLiteral("SELECT count(*) FROM observations WHERE place_id IN (?, ?)"),
                     {walk.playground.id, walk.underpass.id}) == 2);
    CHECK(scalar(*walk.document,
                 QStringLiteral("SELECT category FROM observations WHERE description LIKE 'Torget%'"))
              .toString() == QStringLiteral("nedskrapning"));
    CHECK(countWhere(walk.repository,
                     QStringLiteral("SELECT count(*) FROM observations WHERE description LIKE '%Hundbajs%' "
                                    "OR description LIKE '%papperskorgarna%'")) == 0);
    const QString after = contentOf(*walk.document);
    for (const QString& personal : {QStringLiteral("Andersson"), QStringLiteral("example.se"),
                                    QStringLiteral("070-111"), validPersonalNumber()})
        CHECK_FALSE(after.contains(personal));

    walk.document->undoStack()->undo();
    CHECK(walk.observations() == 0);
    CHECK(contentOf(*walk.document) == before);
}

TEST_CASE("A personal identity number in a row is taken out, and typed back in it keeps the row out",
          "[digitalwalk]") {
    DigitalWalkFile walk;
    DigitalWalkCsv::Preview preview = previewOf(walk, surveyExport());
    const int row = rowAt(preview, 6);
    const QString number = validPersonalNumber();
    CHECK_FALSE(preview.rows.at(row).description.contains(number));
    CHECK(preview.rows.at(row).description ==
          QStringLiteral(
              "Skolgården: Ungdomar samlas, min son [personal identity number removed] blev hotad."));
    CHECK(preview.level(row) == DigitalWalkCsv::Level::Warning);
    CHECK_FALSE(preview.rows.at(row).accepted);
    const std::string notes = notesText(preview, row).toStdString();
    CHECK_THAT(notes, mentions(QStringLiteral("850709-****")));
    CHECK_FALSE(notesText(preview, row).contains(number));

    // The text as the citizen wrote it cannot be included: the guard of the observation form refuses it.
    preview.acceptNone();
    preview.rows[row].description = QStringLiteral("Min son %1 blev hotad.").arg(number);
    preview.rows[row].accepted = true;
    CHECK(preview.level(row) == DigitalWalkCsv::Level::Blocking);
    CHECK_THAT(notesText(preview, row).toStdString(), mentions(QStringLiteral("personnummer")));
    auto refused = DigitalWalkCsv::store(*walk.document, preview);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.message().toStdString(), mentions(QStringLiteral("Line 6 cannot be imported")));
    CHECK(walk.observations() == 0);
    preview.dropUnacceptable();
    CHECK_FALSE(preview.rows.at(row).accepted);

    // As proposed, with the number taken out, it can be.
    preview = previewOf(walk, surveyExport());
    preview.acceptNone();
    preview.rows[row].accepted = true;
    REQUIRE(DigitalWalkCsv::store(*walk.document, preview).ok());
    CHECK(countWhere(
              walk.repository,
              QStringLiteral("SELECT count(*) FROM observations WHERE description LIKE '%removed%'")) == 1);
    CHECK_FALSE(contentOf(*walk.document).contains(number));
}

TEST_CASE("A broken file says what is wrong and changes nothing", "[digitalwalk]") {
    DigitalWalkFile walk;
    const QString before = contentOf(*walk.document);
    const qint64 auditBefore = auditCount(walk.repository);
    const QList<std::pair<QByteArray, QString>> files{
        {QByteArray(), QStringLiteral("empty")},
        {QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), QStringLiteral("binary data")},
        {QByteArray("Namn;E-post\nAnna;anna@example.se\n"), QStringLiteral("Beskrivning or Synpunkt")},
        {QByteArray("Plats;Kategori;Fråga 3\nTorget;Belysning;Ja\n"), QStringLiteral("Fråga 3")},
        {QByteArray("\xEF\xBB\xBFPlats;Beskrivning\nTorget;M\xF6rkt vid trappan\n"),
         QStringLiteral("says it is UTF-8")},
        {QByteArray("Plats;Beskrivning\nTorget;\"M\xC3\xB6rkt vid trappan\n"),
         QStringLiteral("never closed")},
        {QByteArray("Plats;Beskrivning\nTorget;M\xC3\xB6rkt;extra;cells\n"), QStringLiteral("has 4 cells")},
        {QByteArray("Plats;Beskrivning\n\n"), QStringLiteral("holds no observations")},
        {QByteArray("\xFF\xFEP\0l\0", 6), QStringLiteral("UTF-16")},
    };
    for (const auto& [bytes, reason] : files) {
        INFO(reason.toStdString());
        auto preview = DigitalWalkCsv::read(walk.repository, walk.walk.id, bytes);
        REQUIRE_FALSE(preview.ok());
        CHECK_THAT(preview.message().toStdString(), mentions(reason));
    }
    CHECK(contentOf(*walk.document) == before);
    CHECK(auditCount(walk.repository) == auditBefore);
    CHECK(walk.document->undoStack()->count() == 0);
}

TEST_CASE("Importing the same file twice adds nothing the second time", "[digitalwalk]") {
    DigitalWalkFile walk;
    auto first = DigitalWalkCsv::store(*walk.document, previewOf(walk, surveyExport()));
    REQUIRE(first.ok());
    CHECK(*first == 4);
    const QString once = contentOf(*walk.document);
    const qint64 audit = auditCount(walk.repository);

    DigitalWalkCsv::Preview again = previewOf(walk, surveyExport());
    CHECK(again.acceptedCount() == 0);
    CHECK_THAT(notesText(again, rowAt(again, 2)).toStdString(), mentions(QStringLiteral("Already imported")));
    // Even a user who includes everything that can be included adds nothing that is already there.
    for (DigitalWalkCsv::Row& row : again.rows)
        row.accepted = true;
    again.dropUnacceptable();
    CHECK(acceptedLines(again) ==
          QStringList{QStringLiteral("6"), QStringLiteral("8"), QStringLiteral("9")}); // the warned ones
    again.acceptAllWithoutNotes();
    auto second = DigitalWalkCsv::store(*walk.document, again);
    REQUIRE(second.ok());
    CHECK(*second == 0);
    CHECK(contentOf(*walk.document) == once);
    CHECK(auditCount(walk.repository) == audit);
    CHECK(walk.document->undoStack()->count() == 1);
}

TEST_CASE("Two rows with the same text: the second one is kept out", "[digitalwalk]") {
    DigitalWalkFile walk;
    DigitalWalkCsv::Preview preview = previewOf(walk, QByteArray("Plats,Synpunkt\n"
                                                                 "Torget,\"Mörkt, ingen lampa\"\n"
                                                                 "Torget,\"Mörkt,  ingen lampa\"\n"));
    CHECK(preview.separator == u',');
    CHECK(acceptedLines(preview) == QStringList{QStringLiteral("2")});
    CHECK_THAT(notesText(preview, 1).toStdString(), mentions(QStringLiteral("The same text as line 2")));
}

TEST_CASE("Headers are the survey's questions, in Swedish or English, in any case", "[digitalwalk]") {
    DigitalWalkFile walk;
    const DigitalWalkCsv::Preview swedish = previewOf(
        walk, QByteArray("TIDSTÄMPEL;Ditt namn;Plats (gata eller område);Vad gäller det?;Beskriv vad "
                         "du upplever som otryggt;Förslag på åtgärd\n"
                         "2023-10-01;Eva;Torget;Skadegörelse och klotter;Trasiga fönster;Laga dem\n"));
    CHECK(swedish.personalColumns == QStringList{QStringLiteral("Ditt namn")});
    CHECK(swedish.ignoredColumns == QStringList{QStringLiteral("TIDSTÄMPEL")});
    REQUIRE(swedish.rows.size() == 1);
    CHECK(swedish.rows.first().description ==
          QStringLiteral("Torget: Trasiga fönster\nSuggestion: Laga dem"));
    CHECK(swedish.rows.first().category == QStringLiteral("skadegorelse"));

    const DigitalWalkCsv::Preview english =
        previewOf(walk, QByteArray("Timestamp,Email,Location,Category,Description\n"
                                   "2023-10-01,a@example.se,Lekplatsen Ekdalen,Lighting,Dark path\n"));
    CHECK(english.personalColumns == QStringList{QStringLiteral("Email")});
    REQUIRE(english.rows.size() == 1);
    CHECK(english.rows.first().category == QStringLiteral("belysning"));
    CHECK(english.rows.first().placeId == walk.playground.id);
}

TEST_CASE("Category words as citizens write them map to the register's codes", "[digitalwalk]") {
    const QList<std::pair<QString, QString>> words{
        {QStringLiteral("Belysning"), QStringLiteral("belysning")},
        {QStringLiteral("växtlighet/buskage"), QStringLiteral("vaxtlighet")},
        {QStringLiteral("Buskage"), QStringLiteral("vaxtlighet")},
        {QStringLiteral("Skadegörelse/klotter"), QStringLiteral("skadegorelse")},
        {QStringLiteral("KLOTTER"), QStringLiteral("skadegorelse")},
        {QStringLiteral("Nedskräpning"), QStringLiteral("nedskrapning")},
        {QStringLiteral("Trafik"), QStringLiteral("trafik")},
        {QStringLiteral("Snöröjning"), QStringLiteral("snorojning")},
        {QStringLiteral("Ordningsstörning"), QStringLiteral("ordningsstorning")},
        {QStringLiteral("Trygg plats"), QStringLiteral("trygg_plats")},
        {QStringLiteral("Otrygg plats"), QString()},
        {QStringLiteral("Annat"), QStringLiteral("annat")},
        {QStringLiteral("Övrigt"), QStringLiteral("annat")},
        {QStringLiteral("Hundbajs"), QString()},
        {QString(), QString()},
    };
    for (const auto& [written, code] : words) {
        INFO(written.toStdString());
        CHECK(DigitalWalkCsv::categoryOf(written) == code);
    }
}

TEST_CASE("Phone numbers and e-mail addresses are taken out of a text, dates and counts are not",
          "[digitalwalk]") {
    QList<DigitalWalkCsv::Note> notes;
    CHECK(
        DigitalWalkCsv::withoutPersonalData(
            QStringLiteral("Ring +46 70 123 45 67 eller 0701234567, skriv till x.y@kommun.se"), &notes) ==
        QStringLiteral("Ring [phone number removed] eller [phone number removed], skriv till [e-mail address "
                       "removed]"));
    CHECK(notes.size() == 2);
    notes.clear();
    const QString plain =
        QStringLiteral("Den 2023-10-05 kl 21.30 stod 12 cyklar vid Storgatan 14, 144 30 Rönninge.");
    CHECK(DigitalWalkCsv::withoutPersonalData(plain, &notes) == plain);
    CHECK(notes.isEmpty());
}
