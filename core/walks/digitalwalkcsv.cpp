#include "walks/digitalwalkcsv.h"

#include "document/document.h"
#include "io/csvtable.h"
#include "privacy/personalnumber.h"
#include "walks/walkregisters.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <array>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::DigitalWalkCsv)
};

// A review of a few hundred rows is what a digital walk gives; far more is another kind of file.
constexpr int maxRows = 2000;

enum class Column { Description, Suggestion, Place, Address, Category, SentAt, Photo, Count };

// Header names per column, compared without case and trailing punctuation. A survey tool often puts the
// question as the header ("Plats (gata eller område)"), so a header that starts with a name and goes on
// after a space or a bracket matches too.
const std::array<QStringList, int(Column::Count)> columnNames{
    QStringList{QStringLiteral("beskrivning"), QStringLiteral("synpunkt"), QStringLiteral("synpunkter"),
                QStringLiteral("beskriv"), QStringLiteral("iakttagelse"), QStringLiteral("observation"),
                QStringLiteral("vad har du sett"), QStringLiteral("meddelande"), QStringLiteral("fritext"),
                QStringLiteral("kommentar"), QStringLiteral("description"), QStringLiteral("comment")},
    QStringList{QStringLiteral("förslag"), QStringLiteral("förslag på åtgärd"),
                QStringLiteral("åtgärdsförslag"), QStringLiteral("suggestion")},
    QStringList{QStringLiteral("plats"), QStringLiteral("platsnamn"), QStringLiteral("platsens namn"),
                QStringLiteral("namn på platsen"), QStringLiteral("var"), QStringLiteral("område"),
                QStringLiteral("place"), QStringLiteral("location")},
    QStringList{QStringLiteral("adress"), QStringLiteral("gatuadress"), QStringLiteral("gata"),
                QStringLiteral("address")},
    QStringList{QStringLiteral("kategori"), QStringLiteral("typ"), QStringLiteral("vad gäller det"),
                QStringLiteral("category"), QStringLiteral("type")},
    QStringList{QStringLiteral("tidstämpel"), QStringLiteral("tidsstämpel"), QStringLiteral("datum"),
                QStringLiteral("tid"), QStringLiteral("inskickad"), QStringLiteral("timestamp"),
                QStringLiteral("date"), QStringLiteral("submitted")},
    QStringList{QStringLiteral("foto-länk"), QStringLiteral("fotolänk"), QStringLiteral("foto"),
                QStringLiteral("bild"), QStringLiteral("bildlänk"), QStringLiteral("länk till foto"),
                QStringLiteral("photo"), QStringLiteral("photo link"), QStringLiteral("image")},
};

// Words in a header that mark what the survey tool asked about the sender. Such columns are personal data
// and are never read further.
const QStringList personalWords{
    QStringLiteral("e-post"),  QStringLiteral("epost"),   QStringLiteral("e-mail"),
    QStringLiteral("email"),   QStringLiteral("mejl"),    QStringLiteral("mail"),
    QStringLiteral("namn"),    QStringLiteral("name"),    QStringLiteral("telefon"),
    QStringLiteral("mobil"),   QStringLiteral("phone"),   QStringLiteral("personnummer"),
    QStringLiteral("kontakt"), QStringLiteral("contact"), QStringLiteral("ålder"),
    QStringLiteral("age")};

QString headerKey(const QString& header) {
    static const QRegularExpression trailing(QStringLiteral("[\\s?:*.!]+$"));
    return header.toCaseFolded().simplified().remove(trailing);
}

bool headerMatches(const QString& key, const QStringList& names) {
    for (const QString& name : names) {
        if (key == name)
            return true;
        if (key.startsWith(name) && key.size() > name.size()) {
            const QChar next = key.at(name.size());
            if (next == u' ' || next == u'(' || next == u'/' || next == u',')
                return true;
        }
    }
    return false;
}

bool isPersonalHeader(const QString& key) {
    return std::any_of(personalWords.cbegin(), personalWords.cend(),
                       [&](const QString& word) { return key.contains(word); });
}

// Case, Swedish letters and punctuation aside: "Växtlighet/Buskage" and "vaxtlighet / buskage" are one word.
QString wordKey(const QString& text) {
    QString key = text.toCaseFolded();
    key.replace(u'å', u'a').replace(u'ä', u'a').replace(u'ö', u'o').replace(u'é', u'e');
    static const QRegularExpression punctuation(QStringLiteral("[^a-z0-9/ ]"));
    return key.replace(punctuation, QStringLiteral(" ")).simplified();
}

const QHash<QString, QString>& categoryWords() {
    static const QHash<QString, QString> words = [] {
        const QList<std::pair<QString, QStringList>> byCode{
            {QStringLiteral("belysning"),
             {QStringLiteral("belysning"), QStringLiteral("gatubelysning"), QStringLiteral("dalig belysning"),
              QStringLiteral("ljus"), QStringLiteral("morkt"), QStringLiteral("lighting")}},
            {QStringLiteral("vaxtlighet"),
             {QStringLiteral("vaxtlighet"), QStringLiteral("buskage"), QStringLiteral("buskar"),
              QStringLiteral("sly"), QStringLiteral("vegetation"), QStringLiteral("vegetation and bushes")}},
            {QStringLiteral("skadegorelse"),
             {QStringLiteral("skadegorelse"), QStringLiteral("klotter"), QStringLiteral("vandalism"),
              QStringLiteral("graffiti"), QStringLiteral("vandalism and graffiti")}},
            {QStringLiteral("nedskrapning"),
             {QStringLiteral("nedskrapning"), QStringLiteral("skrap"), QStringLiteral("sopor"),
              QStringLiteral("litter")}},
            {QStringLiteral("trafik"), {QStringLiteral("trafik"), QStringLiteral("traffic")}},
            {QStringLiteral("snorojning"),
             {QStringLiteral("snorojning"), QStringLiteral("sno"), QStringLiteral("halka"),
              QStringLiteral("snow clearing")}},
            {QStringLiteral("ordningsstorning"),
             {QStringLiteral("ordningsstorning"), QStringLiteral("ordningsstorningar"),
              QStringLiteral("storning"), QStringLiteral("storningar"), QStringLiteral("disorder")}},
            {QStringLiteral("trygg_plats"),
             {QStringLiteral("trygg plats"), QStringLiteral("trygg_plats"), QStringLiteral("trygg"),
              QStringLiteral("tryggt"), QStringLiteral("safe place")}},
            {QStringLiteral("annat"),
             {QStringLiteral("annat"), QStringLiteral("ovrigt"), QStringLiteral("other")}},
        };
        QHash<QString, QString> all;
        for (const auto& [code, list] : byCode)
            for (const QString& word : list)
                all.insert(word, code);
        return all;
    }();
    return words;
}

// The key two descriptions are compared by: the same text, whatever the spaces and line ends.
QString sameTextKey(const QString& description) {
    return description.simplified();
}

const QRegularExpression& emailPattern() {
    static const QRegularExpression pattern(QStringLiteral("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

// Swedish phone numbers as people write them: 070-123 45 67, 08-123 456 78, +46 70 123 45 67, 0701234567.
const QRegularExpression& phonePattern() {
    static const QRegularExpression pattern(
        QStringLiteral("(?<![\\d+])(?:\\+46|0046|0)[ -]?\\d{1,3}(?:[ \\-–/]?\\d{2,4}){2,4}(?!\\d)"));
    return pattern;
}

bool isPhoneNumber(const QString& match) {
    const auto digits = std::count_if(match.cbegin(), match.cend(), [](QChar c) { return c.isDigit(); });
    return digits >= 8 && digits <= 13;
}

// Replaces every match of `pattern` (that `accept` agrees with) by `replacement`; returns how many.
int replaceAll(QString& text, const QRegularExpression& pattern, const QString& replacement,
               bool (*accept)(const QString&) = nullptr) {
    int count = 0;
    qsizetype from = 0;
    for (auto match = pattern.match(text, from); match.hasMatch(); match = pattern.match(text, from)) {
        if (accept && !accept(match.captured())) {
            from = match.capturedEnd();
            continue;
        }
        text.replace(match.capturedStart(), match.capturedLength(), replacement);
        from = match.capturedStart() + replacement.size();
        ++count;
    }
    return count;
}

bool holdsContactData(const QString& text) {
    if (emailPattern().match(text).hasMatch())
        return true;
    for (auto it = phonePattern().globalMatch(text); it.hasNext();)
        if (isPhoneNumber(it.next().captured()))
            return true;
    return false;
}

// The notes of one row, with `earlierLine` the line of an earlier row with the same text (0 for none).
QList<DigitalWalkCsv::Note> notesOf(const DigitalWalkCsv::Row& row, const DigitalWalkCsv::Preview& preview,
                                    int earlierLine) {
    using Level = DigitalWalkCsv::Level;
    QList<DigitalWalkCsv::Note> notes = row.readNotes;
    if (row.description.trimmed().isEmpty()) {
        notes.prepend({Level::Blocking, Text::tr("The description is empty: write what was seen, or leave "
                                                 "the row out.")});
    } else {
        Record candidate;
        candidate.values = {{observations::walkId, preview.walkId},
                            {observations::category, row.category},
                            {observations::description, row.description},
                            {observations::sentIn, true}};
        // The same checks as the observation form: the personal-data guard, the length, stray characters.
        if (Status valid = WalkRegisters::observations().validate(candidate); !valid)
            notes.prepend({Level::Blocking, valid.message()});
        if (preview.stored.contains(sameTextKey(row.description)))
            notes.prepend({Level::Blocking, Text::tr("Already imported: the walk holds an observation with "
                                                     "the same text.")});
        else if (earlierLine > 0)
            notes.prepend({Level::Blocking, Text::tr("The same text as line %1.").arg(earlierLine)});
        if (holdsContactData(row.description))
            notes.append({Level::Warning, Text::tr("The text holds an e-mail address or a phone number: "
                                                   "remove it unless it belongs to an organisation.")});
    }
    if (row.placeId == 0 && !row.place.isEmpty())
        notes.append({Level::Info, Text::tr("“%1” is not in the register of places: the name is put first "
                                            "in the description.")
                                       .arg(row.place)});
    if (!row.categoryKnown && row.category == QStringLiteral("annat"))
        notes.append(
            {Level::Info,
             row.categoryText.isEmpty()
                 ? Text::tr("No category was given: set to Other.")
                 : Text::tr("“%1” is not a category of the register: set to Other.").arg(row.categoryText)});
    return notes;
}

DigitalWalkCsv::Level levelOf(const QList<DigitalWalkCsv::Note>& notes) {
    DigitalWalkCsv::Level level = DigitalWalkCsv::Level::None;
    for (const DigitalWalkCsv::Note& note : notes)
        level = std::max(level, note.level);
    return level;
}

// For every row, the line of the first earlier row with the same text (0 for none): one pass, so that a
// large file is checked in linear time.
QList<int> earlierLines(const QList<DigitalWalkCsv::Row>& rows) {
    QHash<QString, int> first;
    QList<int> earlier;
    earlier.reserve(rows.size());
    for (const DigitalWalkCsv::Row& row : rows) {
        const QString key = sameTextKey(row.description);
        earlier.append(key.isEmpty() ? 0 : first.value(key));
        if (!key.isEmpty() && !first.contains(key))
            first.insert(key, row.line);
    }
    return earlier;
}

} // namespace

QList<DigitalWalkCsv::Note> DigitalWalkCsv::Preview::notes(int index) const {
    const Row& row = rows.at(index);
    const QString key = sameTextKey(row.description);
    int earlier = 0;
    for (int i = 0; i < index && earlier == 0 && !key.isEmpty(); ++i)
        if (sameTextKey(rows.at(i).description) == key)
            earlier = rows.at(i).line;
    return notesOf(row, *this, earlier);
}

QList<QList<DigitalWalkCsv::Note>> DigitalWalkCsv::Preview::allNotes() const {
    const QList<int> earlier = earlierLines(rows);
    QList<QList<Note>> all;
    all.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        all.append(notesOf(rows.at(i), *this, earlier.at(i)));
    return all;
}

DigitalWalkCsv::Level DigitalWalkCsv::Preview::level(int index) const {
    return levelOf(notes(index));
}

void DigitalWalkCsv::Preview::acceptAllWithoutNotes() {
    const QList<int> earlier = earlierLines(rows);
    for (int i = 0; i < rows.size(); ++i)
        rows[i].accepted = levelOf(notesOf(rows.at(i), *this, earlier.at(i))) <= Level::Info;
}

void DigitalWalkCsv::Preview::acceptNone() {
    for (Row& row : rows)
        row.accepted = false;
}

int DigitalWalkCsv::Preview::acceptedCount() const {
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const Row& row) { return row.accepted; }));
}

void DigitalWalkCsv::Preview::dropUnacceptable() {
    const QList<int> earlier = earlierLines(rows);
    for (int i = 0; i < rows.size(); ++i)
        if (rows.at(i).accepted && levelOf(notesOf(rows.at(i), *this, earlier.at(i))) == Level::Blocking)
            rows[i].accepted = false;
}

QString DigitalWalkCsv::withoutPersonalData(const QString& text, QList<Note>* notes) {
    QString clean = text;
    while (const auto number = PersonalNumber::find(clean)) {
        clean.replace(number->start, number->length,
                      number->coordination ? Text::tr("[coordination number removed]")
                                           : Text::tr("[personal identity number removed]"));
        if (notes)
            notes->append({Level::Warning,
                           (number->coordination
                                ? Text::tr("A coordination number (%1) was taken out of the text: read it "
                                           "before you include the row.")
                                : Text::tr("A personal identity number (%1) was taken out of the text: read "
                                           "it before you include the row."))
                               .arg(number->masked)});
    }
    if (const int emails = replaceAll(clean, emailPattern(), Text::tr("[e-mail address removed]"));
        emails && notes)
        notes->append({Level::Warning, Text::tr("%n e-mail address(es) taken out of the text: read it before "
                                                "you include the row.",
                                                "", emails)});
    if (const int phones =
            replaceAll(clean, phonePattern(), Text::tr("[phone number removed]"), isPhoneNumber);
        phones && notes)
        notes->append(
            {Level::Warning, Text::tr("%n phone number(s) taken out of the text: read it before you "
                                      "include the row.",
                                      "", phones)});
    return clean;
}

QString DigitalWalkCsv::categoryOf(const QString& written) {
    const QString key = wordKey(written);
    if (key.isEmpty())
        return {};
    if (const QString code = categoryWords().value(key); !code.isEmpty())
        return code;
    // "Växtlighet/buskage", "Klotter och skadegörelse": the first part the register knows.
    static const QRegularExpression parts(QStringLiteral("\\s*(?:/|,| och | and )\\s*"));
    for (const QString& part : key.split(parts, Qt::SkipEmptyParts))
        if (const QString code = categoryWords().value(part.trimmed()); !code.isEmpty())
            return code;
    return {};
}

Result<DigitalWalkCsv::Preview> DigitalWalkCsv::read(const Repository& repository, qint64 walkId,
                                                     const QByteArray& bytes) {
    auto walk = repository.findById(WalkRegisters::walks(), walkId);
    if (!walk)
        return walk.error();
    if (!*walk)
        return Error{Text::tr("The walk to import into no longer exists; nothing was read.")};
    auto table = CsvTable::read(bytes);
    if (!table)
        return table.error();
    // A BOM promises UTF-8; bytes that are not UTF-8 after it come out as replacement characters, and the
    // citizens' text would be stored garbled.
    const auto garbled = [](const QString& cell) { return cell.contains(QChar::ReplacementCharacter); };
    if (std::any_of(table->header.cbegin(), table->header.cend(), garbled) ||
        std::any_of(table->rows.cbegin(), table->rows.cend(), [&](const CsvTable::Row& row) {
            return std::any_of(row.cells.cbegin(), row.cells.cend(), garbled);
        }))
        return Error{
            Text::tr("The file says it is UTF-8 but holds bytes that are not, so its letters would "
                     "be stored garbled. Nothing was imported. Export the answers again from the "
                     "survey tool as CSV (UTF-8), or open the file in a spreadsheet program and save "
                     "it as “CSV UTF-8”.")};

    Preview preview;
    preview.walkId = walkId;
    preview.encoding = table->encoding;
    preview.separator = table->separator;
    std::array<int, int(Column::Count)> at;
    at.fill(-1);
    for (int i = 0; i < table->header.size(); ++i) {
        const QString& header = table->header.at(i);
        const QString key = headerKey(header);
        if (key.isEmpty())
            continue;
        bool known = false;
        for (int c = 0; c < int(Column::Count) && !known; ++c) {
            if (at[c] < 0 && headerMatches(key, columnNames[c])) {
                at[c] = i;
                known = true;
            }
        }
        if (known)
            continue;
        if (isPersonalHeader(key))
            preview.personalColumns << header;
        else
            preview.ignoredColumns << header;
    }
    for (const Column skipped : {Column::SentAt, Column::Photo})
        if (at[int(skipped)] >= 0)
            preview.ignoredColumns << table->header.at(at[int(skipped)]);
    if (at[int(Column::Description)] < 0)
        return Error{Text::tr("There is no column with the observations' text. Line %1 names the columns "
                              "%2, but one of them must be called Beskrivning or Synpunkt. Nothing was "
                              "imported: rename that column in the file (in a spreadsheet program) and "
                              "import it again.")
                         .arg(table->headerLine)
                         .arg(QLocale().createSeparatedList(table->header))};
    if (table->rows.isEmpty())
        return Error{Text::tr("The file names its columns but holds no observations. Nothing was imported.")};
    if (table->rows.size() > maxRows)
        return Error{Text::tr("The file holds %1 rows, more than the %2 one review can take. Nothing was "
                              "imported: split the file and import each part.")
                         .arg(table->rows.size())
                         .arg(maxRows)};

    const qint64 municipality = (*walk)->value(walks::municipalityId).toLongLong();
    auto places = repository.list(WalkRegisters::places(), places::municipalityId, municipality);
    if (!places)
        return places.error();
    QHash<QString, qint64> placeByName;
    for (const Record& place : *places)
        placeByName.insert(place.value(places::name).toString().simplified().toCaseFolded(), place.id);
    auto observations = repository.list(WalkRegisters::observations(), observations::walkId, walkId);
    if (!observations)
        return observations.error();
    for (const Record& observation : *observations)
        preview.stored.insert(sameTextKey(observation.value(observations::description).toString()));

    const auto cell = [&](const CsvTable::Row& line, Column column) {
        return CsvTable::cell(line, at[int(column)]);
    };
    for (const CsvTable::Row& line : table->rows) {
        Row row;
        row.line = line.line;
        row.sentAt = cell(line, Column::SentAt);
        row.place = cell(line, Column::Place).simplified();
        row.placeId = placeByName.value(row.place.toCaseFolded());
        row.categoryText = cell(line, Column::Category);
        row.category = categoryOf(row.categoryText);
        row.categoryKnown = !row.category.isEmpty();
        if (!row.categoryKnown)
            row.category = QStringLiteral("annat");
        QString body = cell(line, Column::Description);
        if (const QString suggestion = cell(line, Column::Suggestion); !suggestion.isEmpty())
            body += (body.isEmpty() ? QString() : QStringLiteral("\n")) +
                    Text::tr("Suggestion: %1").arg(suggestion);
        if (!body.trimmed().isEmpty()) {
            QStringList lead;
            if (row.placeId == 0 && !row.place.isEmpty())
                lead << row.place;
            if (const QString address = cell(line, Column::Address); !address.isEmpty())
                lead << address;
            const QString composed =
                lead.isEmpty() ? body : lead.join(QStringLiteral(", ")) + QStringLiteral(": ") + body;
            row.description = withoutPersonalData(composed, &row.readNotes);
        }
        preview.rows.append(row);
    }
    preview.acceptAllWithoutNotes();
    return preview;
}

Result<ChangeSet> DigitalWalkCsv::changes(const Preview& preview) {
    const QList<int> earlier = earlierLines(preview.rows);
    ChangeSet changes;
    for (int i = 0; i < preview.rows.size(); ++i) {
        const Row& row = preview.rows.at(i);
        if (!row.accepted)
            continue;
        const QList<Note> notes = notesOf(row, preview, earlier.at(i));
        if (levelOf(notes) == Level::Blocking) {
            const auto blocking = std::find_if(
                notes.cbegin(), notes.cend(), [](const Note& note) { return note.level == Level::Blocking; });
            return Error{Text::tr("Line %1 cannot be imported: %2 Nothing was imported.")
                             .arg(row.line)
                             .arg(blocking->text)};
        }
        Record record;
        record.values = {{observations::walkId, preview.walkId},
                         {observations::category, row.category},
                         {observations::description, row.description.trimmed()},
                         {observations::sentIn, true}};
        if (row.placeId > 0)
            record.values.insert(observations::placeId, row.placeId);
        changes.insert(WalkRegisters::observations(), record);
    }
    return changes;
}

Result<int> DigitalWalkCsv::store(Document& document, const Preview& preview) {
    auto changes = DigitalWalkCsv::changes(preview);
    if (!changes)
        return changes.error();
    const int count = int(changes->rows.size());
    if (count == 0)
        return 0;
    auto done = document.perform(*changes, Text::tr("Import of %n observation(s) sent in", "", count));
    if (!done)
        return done.error();
    return count;
}

} // namespace lk
