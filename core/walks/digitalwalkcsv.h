// DigitalWalkCsv: observations that citizens sent in through a web form or survey tool, read from its CSV
// export as proposals for one walk, reviewed one by one (accepted or not), and stored together as one
// undoable step. Names, e-mail addresses and phone numbers the tool collected are never imported.
//
// The first line names the columns, in Swedish or English, without regard to case: Beskrivning (or
// Synpunkt; required), Plats, Adress, Kategori, Förslag; Tidstämpel and Foto-länk are recognised and left
// out.
#pragma once

#include "common/result.h"
#include "register/changeset.h"
#include "register/repository.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace lk {

class Document;

class DigitalWalkCsv {
public:
    // How much a note weighs: Info leaves a row accepted, Warning asks the user to read it first (it starts
    // not accepted), Blocking keeps it out until the text is changed.
    enum class Level { None, Info, Warning, Blocking };
    struct Note {
        Level level = Level::None;
        QString text;
    };

    struct Row {
        int line = 0;         // the line in the file
        QString sentAt;       // the survey tool's time stamp, as written: shown, not stored
        QString place;        // the place as written
        qint64 placeId = 0;   // the registered place of that name, 0 when none has it
        QString category;     // a code of the observations' category list
        QString categoryText; // the category as written
        bool categoryKnown = false;
        QString description;   // what is stored; the review may change it
        QList<Note> readNotes; // what reading changed (personal data taken out of the text)
        bool accepted = false;
    };

    struct Preview {
        qint64 walkId = 0;
        QString encoding;
        QChar separator;
        QStringList personalColumns; // the survey tool's name, e-mail and phone columns: never imported
        QStringList ignoredColumns;  // other columns that are not imported
        QList<Row> rows;
        QSet<QString> stored; // the descriptions the walk already holds, compared without extra spaces

        // What the review shows for a row, from what it holds now (after any edit in the review).
        QList<Note> notes(int row) const;
        // The notes of every row, in one pass.
        QList<QList<Note>> allNotes() const;
        Level level(int row) const;
        bool acceptable(int row) const { return level(row) != Level::Blocking; }
        // Accepts every row without a warning or a blocking note, and no other.
        void acceptAllWithoutNotes();
        void acceptNone();
        int acceptedCount() const;
        // After an edit: a row that can no longer be accepted is no longer accepted.
        void dropUnacceptable();
    };

    // Reads `bytes` as proposals for the walk `walkId`. A file that cannot be used (not a CSV file, no
    // description column, no rows) is an error that says what to do; reading never writes.
    static Result<Preview> read(const Repository& repository, qint64 walkId, const QByteArray& bytes);
    // The accepted rows as new observations, or an error naming a row that cannot be accepted.
    static Result<ChangeSet> changes(const Preview& preview);
    // Stores the accepted rows as one undoable, audited step; returns how many were stored.
    static Result<int> store(Document& document, const Preview& preview);

    // `text` with personal identity numbers, e-mail addresses and phone numbers replaced by a bracketed
    // word; a note (with the identity number masked) says what was taken out.
    static QString withoutPersonalData(const QString& text, QList<Note>* notes);
    // The category code a Swedish (or English) word from a form stands for, or an empty string.
    static QString categoryOf(const QString& written);
};

} // namespace lk
