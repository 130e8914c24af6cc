#include "document/changecommand.h"

#include "document/document.h"

#include <QHash>

namespace lk {

ChangeCommand::ChangeCommand(Document* document, ChangeSet applied, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_changes(std::move(applied)) {}

void ChangeCommand::redo() {
    if (m_done)
        return;
    if (auto applied = m_document->write(m_changes)) {
        m_changes = *applied;
        tellOthers(*applied);
    } else
        setObsolete(
            true); // the file keeps the state before; the stack drops the step rather than lie about it
    m_done = true;
}

void ChangeCommand::undo() {
    if (auto applied = m_document->write(m_changes.inverted())) {
        m_changes = applied->inverted();
        tellOthers(*applied);
    } else
        setObsolete(true); // the change stays in the file; the step leaves the stack, so the two agree
    m_done = false;
}

void ChangeCommand::tellOthers(const ChangeSet& written) const {
    const QUndoStack* stack = m_document->undoStack();
    for (int i = 0; i < stack->count(); ++i) {
        // The stack hands out its commands as const; they are this document's own, made by it.
        auto* other = dynamic_cast<ChangeCommand*>(const_cast<QUndoCommand*>(stack->command(i)));
        if (other && other != this)
            other->follow(written);
    }
}

void ChangeCommand::follow(const ChangeSet& written) {
    // By table and UUID, as the rows now are: what was written, or the version a deleted row had.
    QHash<QString, qint64> versions;
    for (const RowChange& row : written.rows) {
        const std::optional<Record>& now = row.after ? row.after : row.before;
        if (now)
            versions.insert(row.spec->table + u'/' + now->uuid, now->version);
    }
    for (RowChange& row : m_changes.rows) {
        // Whichever side this step names next (its after for an undo, its before for a redo) is the row as
        // it is now; the other side is renewed when this step is applied.
        for (std::optional<Record>* side : {&row.before, &row.after}) {
            if (*side) {
                const auto found = versions.constFind(row.spec->table + u'/' + (*side)->uuid);
                if (found != versions.constEnd())
                    (*side)->version = *found;
            }
        }
    }
}

} // namespace lk
