#include "common/removal.h"

#include "document/document.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QMap>
#include <QMessageBox>
#include <QStatusBar>

namespace lk {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::Removal)
};

// "2 promises, 1 target and 12 status reports": the deleted records (or, with `unlinked`, those that stay but
// lose their link), the nearest register first.
QString dependentsText(const QList<RowChange>& dependents, bool unlinked) {
    QList<const RegisterSpec*> order;
    QMap<const RegisterSpec*, int> counts;
    for (const RowChange& row : dependents) {
        if (row.after.has_value() != unlinked)
            continue;
        if (!counts.contains(row.spec))
            order.prepend(row.spec); // listed deepest register first
        ++counts[row.spec];
    }
    QStringList parts;
    for (const RegisterSpec* spec : order)
        parts << spec->countOf(counts.value(spec));
    if (parts.size() < 2)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return Text::tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
}

} // namespace

bool Removal::confirmAndRemove(QWidget* parent, Document* document, const RegisterSpec& spec,
                               const QString& uuid, const QString& name) {
    auto record = document->repository().find(spec, uuid);
    if (!record || !*record)
        return false;
    auto dependents = document->repository().dependents(spec, **record);
    if (!dependents) {
        QMessageBox::warning(parent, Text::tr("Not deleted"), dependents.message());
        return false;
    }
    const QString lost = dependentsText(*dependents, false);
    const QString unlinked = dependentsText(*dependents, true);
    if (!lost.isEmpty() || !unlinked.isEmpty()) {
        QString question = lost.isEmpty()
                               ? Text::tr("Delete “%1” (%2)?").arg(name, spec.displayName().toLower())
                               : Text::tr("Delete “%1” (%2) together with %3?")
                                     .arg(name, spec.displayName().toLower(), lost);
        // Records that only pointed at it stay, but stop counting for it (meetings for a promise).
        if (!unlinked.isEmpty())
            question += u' ' + Text::tr("%1 will no longer point at it.").arg(unlinked);
        const auto answer =
            QMessageBox::question(parent, Text::tr("Delete %1").arg(spec.displayName().toLower()),
                                  question + u' ' + Text::tr("You can take it back with Edit > Undo."));
        if (answer != QMessageBox::Yes)
            return false;
    }
    if (auto removed = document->remove(spec, uuid); !removed) {
        QMessageBox::warning(parent, Text::tr("Not deleted"), removed.message());
        return false;
    }
    // A record on its own goes without a question: the window says what went, and how to have it back.
    if (auto* window = parent ? qobject_cast<QMainWindow*>(parent->window()) : nullptr)
        window->statusBar()->showMessage(Text::tr("Deleted the %1 “%2”. Edit > Undo (Ctrl+Z) brings it back.")
                                             .arg(spec.displayName().toLower(), name),
                                         20000);
    return true;
}

} // namespace lk
