// ImportDialog: shows what importing a file would change (added, changed and deleted records, by register,
// and the conflicts left as they are) before anything is written. Import applies it; Cancel leaves the file.
#pragma once

#include "io/jsonimporter.h"

#include <QDialog>

namespace lk {

class Document;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(const QString& fileName, const ImportSummary& preview, QWidget* parent = nullptr);

    // Reads `path`, shows the preview and imports on Import. Returns what was imported, or nothing when the
    // user cancelled or the file was refused (the user has been told why; the file is as it was).
    static std::optional<ImportSummary> importFile(Document* document, const QString& path, QWidget* parent);

    // The preview as HTML: what changes register by register, then the conflicts.
    static QString describe(const ImportSummary& preview);
};

} // namespace lk
