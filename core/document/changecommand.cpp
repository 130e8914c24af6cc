#include "document/changecommand.h"

#include "document/document.h"

namespace lk {

ChangeCommand::ChangeCommand(Document* document, ChangeSet applied, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_changes(std::move(applied)) {}

void ChangeCommand::redo() {
    if (m_done)
        return;
    if (auto applied = m_document->write(m_changes))
        m_changes = *applied;
    else
        setObsolete(
            true); // the file keeps the state before; the stack drops the step rather than lie about it
    m_done = true;
}

void ChangeCommand::undo() {
    if (auto applied = m_document->write(m_changes.inverted()))
        m_changes = applied->inverted();
    else
        setObsolete(true); // the change stays in the file; the step leaves the stack, so the two agree
    m_done = false;
}

} // namespace lk
