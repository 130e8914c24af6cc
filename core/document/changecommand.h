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

private:
    Document* m_document;
    ChangeSet m_changes;
    bool m_done = true;
};

} // namespace lk
