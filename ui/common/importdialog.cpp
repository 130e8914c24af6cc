#include "common/importdialog.h"

#include "common/screenfit.h"
#include "common/windowprogress.h"
#include "document/document.h"
#include "register/registry.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lk {

namespace {

// "3 traffic controls, 1 visit", in the registry's order.
QString counts(const QMap<QString, int>& byTable) {
    QStringList parts;
    for (const RegisterSpec* spec : Registry::all()) {
        if (const int count = byTable.value(spec->table); count > 0)
            parts << spec->countOf(count);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

ImportDialog::ImportDialog(const QString& fileName, const ImportSummary& preview, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Import %1").arg(fileName));
    resize(screenFit(this, QSize(640, 460)));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("preview"));
    text->setHtml(describe(preview));
    layout->addWidget(text, 1);
    auto* note =
        new QLabel(tr("An import cannot be undone with Edit > Undo. Save a copy of the file first (File "
                      "> Save a copy) if you may want to go back."),
                   this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* import = buttons->button(QDialogButtonBox::Ok);
    import->setText(tr("Import"));
    import->setEnabled(preview.added + preview.updated + preview.deleted > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ImportDialog::describe(const ImportSummary& preview) {
    QString html =
        preview.since.isEmpty()
            ? tr("<p>A whole export: records are matched by their UUID.</p>")
            : tr("<p>The changes made on the other computer since <b>%1</b>.</p>").arg(preview.since);
    html += QStringLiteral("<table cellspacing=\"4\">");
    const auto row = [&html](const QString& what, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(what, value.toHtmlEscaped());
    };
    const QString none = tr("none");
    row(tr("Added:"), preview.added > 0 ? counts(preview.addedTo) : none);
    row(tr("Changed:"), preview.updated > 0 ? counts(preview.updatedIn) : none);
    if (!preview.since.isEmpty())
        row(tr("Deleted:"), preview.deleted > 0 ? counts(preview.deletedFrom) : none);
    row(tr("Already the same:"), QString::number(preview.unchanged));
    if (preview.kept > 0)
        row(tr("Sent for reference, kept as here:"), QString::number(preview.kept));
    html += QStringLiteral("</table>");
    if (preview.conflicts.isEmpty()) {
        html += tr("<p>No conflicts.</p>");
        return html;
    }
    html +=
        tr("<p><b>%n conflict(s)</b>: left as they are here, never overwritten. Settle them by hand, with "
           "the other computer's user.</p>",
           "", int(preview.conflicts.size()));
    html += QStringLiteral("<ul>");
    for (const ImportConflict& conflict : preview.conflicts)
        html += QStringLiteral("<li>%1: %2</li>")
                    .arg(conflict.label.toHtmlEscaped(), conflict.reason.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    return html;
}

std::optional<ImportSummary> ImportDialog::importFile(Document* document, const QString& path,
                                                      QWidget* parent) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(parent, tr("Import"),
                             tr("%1 could not be read (%2). Nothing was changed.")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    // Read a record at a time, twice (the preview, then the import), never whole.
    const Repository repository = document->repository();
    // Each run has its own dialog, which goes before the next question.
    const auto run = [&](JsonImporter::Mode mode) {
        WindowProgress progress(parent, tr("Import"));
        return JsonImporter::import(repository, file, mode, progress);
    };
    auto preview = run(JsonImporter::Mode::Preview);
    if (!preview) {
        if (!WindowProgress::tellIfStopped(parent, preview.error()))
            QMessageBox::warning(parent, tr("Import"), preview.message());
        return std::nullopt;
    }
    ImportDialog dialog(QFileInfo(path).fileName(), *preview, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    auto imported = run(JsonImporter::Mode::Apply);
    if (!imported) {
        if (!WindowProgress::tellIfStopped(parent, imported.error()))
            QMessageBox::warning(parent, tr("Import"), imported.message());
        return std::nullopt;
    }
    // The steps on the undo stack were taken before the import and may no longer fit what is in the file.
    document->undoStack()->clear();
    document->notifyExternalChange(imported->tables);
    return *imported;
}

} // namespace lk
