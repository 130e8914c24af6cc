#include "common/spreadsheetexport.h"

#include "common/windowprogress.h"
#include "document/document.h"
#include "io/csvsheet.h"
#include "io/registerexport.h"
#include "io/xlsxworkbook.h"
#include "promises/promiseregisters.h"
#include "register/recordtablemodel.h"
#include "register/registry.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

#include <memory>

namespace lk {

namespace {

std::unique_ptr<SheetWriter> writerFor(const QString& path) {
    if (QFileInfo(path).suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0)
        return std::make_unique<CsvSheet>(path);
    return std::make_unique<XlsxWorkbook>(path);
}

// The status bar of the window `parent` is in, for a word on what was written.
void tell(QWidget* parent, const QString& message) {
    if (auto* window = qobject_cast<QMainWindow*>(parent ? parent->window() : nullptr))
        window->statusBar()->showMessage(message, 15000);
}

QString inDocuments(const QString& name) {
    QString safe = name;
    for (QChar& c : safe) {
        if (QStringLiteral("\\/:*?\"<>|").contains(c))
            c = u'-';
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(safe);
}

} // namespace

bool SpreadsheetExport::writeTable(const RecordTableModel& model, const QString& path, QWidget* parent) {
    const std::unique_ptr<SheetWriter> writer = writerFor(path);
    WindowProgress progress(parent, tr("Export the table to Excel"));
    Status written = model.writeTo(*writer, model.spec().pluralName(), progress);
    if (written) {
        progress.begin(Progress::savingFile(), 0, false);
        written = writer->commit();
    }
    if (!written) {
        if (!WindowProgress::tellIfStopped(parent, written.error()))
            QMessageBox::warning(parent, tr("The table was not exported"), written.message());
        return false;
    }
    tell(parent,
         tr("Exported the table, %n row(s), to %1.", "", int(std::min<qint64>(model.totalCount(), INT_MAX)))
             .arg(QDir::toNativeSeparators(path)));
    return true;
}

void SpreadsheetExport::exportTable(const RecordTableModel& model, QWidget* parent) {
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Export the table to Excel"),
        inDocuments(model.spec().pluralName() + QStringLiteral(".xlsx")),
        tr("Excel workbook (*.xlsx);;CSV for Excel, semicolon-separated (*.csv)"));
    if (!path.isEmpty())
        writeTable(model, path, parent);
}

bool SpreadsheetExport::writeFile(Document* document, qint64 municipalityId, const QString& path,
                                  QWidget* parent) {
    XlsxWorkbook workbook(path);
    WindowProgress progress(parent, tr("Export to Excel"));
    Status written =
        RegisterExport::write(document->repository(), workbook, municipalityId, Registry::all(), progress);
    if (written) {
        progress.begin(Progress::savingFile(), 0, false);
        written = workbook.commit();
    }
    if (!written) {
        if (!WindowProgress::tellIfStopped(parent, written.error()))
            QMessageBox::warning(parent, tr("Nothing was exported"), written.message());
        return false;
    }
    tell(parent, tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void SpreadsheetExport::exportFile(Document* document, qint64 chosenMunicipality, QWidget* parent) {
    auto municipalities = document->repository().list(PromiseRegisters::municipalities());
    if (!municipalities) {
        QMessageBox::warning(parent, tr("Nothing was exported"), municipalities.message());
        return;
    }
    qint64 only = 0;
    QString name = QFileInfo(document->path()).completeBaseName();
    const auto chosen = std::find_if(municipalities->cbegin(), municipalities->cend(),
                                     [&](const Record& record) { return record.id == chosenMunicipality; });
    if (municipalities->size() > 1 && chosen != municipalities->cend()) {
        const QString municipality = chosen->value(municipalities::name).toString();
        QMessageBox question(QMessageBox::Question, tr("Export to Excel"),
                             tr("The file holds %n municipalities. Export all of them, or only %1?", "",
                                int(municipalities->size()))
                                 .arg(municipality),
                             QMessageBox::Cancel, parent);
        QPushButton* whole = question.addButton(tr("The &whole file"), QMessageBox::AcceptRole);
        QPushButton* one = question.addButton(tr("Only %1").arg(municipality), QMessageBox::AcceptRole);
        whole->setObjectName(QStringLiteral("wholeFile"));
        one->setObjectName(QStringLiteral("oneMunicipality"));
        question.setDefaultButton(one);
        question.exec();
        if (question.clickedButton() == one) {
            only = chosenMunicipality;
            name = municipality;
        } else if (question.clickedButton() != whole) {
            return;
        }
    }
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export to Excel"),
                                                      inDocuments(name + QStringLiteral(".xlsx")),
                                                      tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        writeFile(document, only, path, parent);
}

} // namespace lk
