#include "report/printeddocument.h"

#include "common/screenfit.h"
#include "report/pagedoutput.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>

namespace lk {

std::unique_ptr<QTextDocument> PrintedDocument::blank() {
    auto document = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setPageSize(QSizeF(PagedOutput::contentWidth(), PagedOutput::contentWidth() * 1.414));
    return document;
}

void PrintedDocument::preview(QWidget* parent, QTextDocument& document, const QString& caption) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(PagedOutput::a4());
    printer.setDocName(document.metaInformation(QTextDocument::DocumentTitle));
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("printPreview"));
    preview.setWindowTitle(caption);
    preview.resize(screenFit(parent, QSize(900, 1000)));
    // Qt's page-number box in the tool bar has no name a screen reader can say; the zoom box's edit has its
    // combo box's.
    for (QLineEdit* edit : preview.findChildren<QLineEdit*>()) {
        if (edit->accessibleName().isEmpty() && !qobject_cast<QComboBox*>(edit->parentWidget()))
            edit->setAccessibleName(QApplication::translate("lk::PrintedDocument", "Page"));
    }
    QObject::connect(
        &preview, &QPrintPreviewDialog::paintRequested, parent, [&document, parent](QPrinter* target) {
            if (Status painted = PagedOutput::paint(document, *target); !painted)
                QMessageBox::warning(parent, QApplication::translate("lk::PrintedDocument", "Not printed"),
                                     painted.message());
        });
    preview.exec();
}

QString PrintedDocument::savePdf(QWidget* parent, QTextDocument& document, const QString& suggestedName,
                                 const QString& caption) {
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggestedName);
    QString path = QFileDialog::getSaveFileName(
        parent, caption, suggested, QApplication::translate("lk::PrintedDocument", "PDF document (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = PagedOutput::writePdf(document, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(parent, QApplication::translate("lk::PrintedDocument", "The PDF was not saved"),
                             written.message());
        return {};
    }
    return path;
}

} // namespace lk
