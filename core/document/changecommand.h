// ChangeCommand: one undoable step on the undo stack: a ChangeSet applied on redo and inverted on undo.
#pragma once

#include "register/changeset.h"

#include <QUndoCommand>

namespace lk {

class Document;

class ChangeCommand : public QUndoCommand {
public:
    // `applied` has already been written by the Document; the first redo() only records that.
    ChangeCommand(Document* document, ChangeSet applied, const QString& text);

    void redo() override;
    void undo() override;

    // Another step wrote these rows: where this step names one of them, it now expects the version written.
    // Undo and redo raise a row's version like any write, so the steps below and above on the stack would
    // otherwise take this program's own undo for someone else's change.
    void follow(const ChangeSet& written);

private:
    // `written` as applied, in the order it was written: its afters are the rows as they now are.
    void tellOthers(const ChangeSet& written) const;

    Document* m_document;
    ChangeSet m_changes;
    bool m_done = true;
};

} // namespace lk
