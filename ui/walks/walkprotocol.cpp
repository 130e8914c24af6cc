#include "walks/walkprotocol.h"

#include "common/isodate.h"
#include "common/language.h"
#include "report/pagedoutput.h"
#include "report/printeddocument.h"
#include "walks/participantcounts.h"
#include "walks/walkprotocolcontent.h"
#include "walks/walkprotocolhtml.h"
#include "walks/walkregisters.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::WalkProtocol)
};

// A walk with nobody recorded as taking part is seldom what happened, and the protocol would publish it so:
// asked once, No the default.
bool participantsConfirmed(QWidget* parent, const Repository& repository, qint64 walkId, const QString& title,
                           const QString& question) {
    auto counts = ParticipantCounts::of(repository, walkId);
    if (!counts)
        return true; // the protocol itself says what could not be read
    int total = 0;
    for (const int count : std::as_const(*counts))
        total += count;
    if (total > 0)
        return true;
    return QMessageBox::question(parent, title,
                                 Text::tr("No participants are recorded for this walk: the protocol will say "
                                          "that nobody took part.\n\n%1")
                                     .arg(question),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

std::unique_ptr<QTextDocument> documentOf(const WalkProtocolContent& content, const QString& title) {
    auto document = PrintedDocument::blank();
    WalkProtocolHtml html(content);
    document->setHtml(html.html());
    // After the HTML: setHtml() starts the document afresh, its title cleared with the rest.
    document->setMetaInformation(QTextDocument::DocumentTitle, title);
    for (auto image = html.images().begin(); image != html.images().end(); ++image)
        document->addResource(QTextDocument::ImageResource, QUrl(image.key()), image.value());
    // Only the table of observations may run over a page; the facts, the summary and the map each stay whole.
    PagedOutput::keepSectionsWhole(*document, 3);
    return document;
}

// A name a file system takes: the area as typed may hold a slash ("Norra/Södra").
QString fileSafe(QString name) {
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]+"));
    return name.replace(unsafe, QStringLiteral(" ")).simplified();
}

} // namespace

QString WalkProtocol::title(const WalkProtocolContent& content) {
    return Text::tr("Protocol of a safety walk, %1 %2")
        .arg(content.walk.value(walks::area).toString(),
             isoDate(content.walk.value(walks::walkedOn).toDate()));
}

Result<QString> WalkProtocol::title(const Repository& repository, qint64 walkId) {
    auto content = WalkProtocolContent::gather(repository, walkId);
    if (!content)
        return content.error();
    return title(*content);
}

Result<std::unique_ptr<QTextDocument>> WalkProtocol::build(const Repository& repository, qint64 walkId) {
    auto content = WalkProtocolContent::gather(repository, walkId);
    if (!content)
        return content.error();
    return documentOf(*content, title(*content));
}

Result<QString> WalkProtocol::suggestedFileName(const Repository& repository, qint64 walkId, Format format) {
    auto walk = repository.findById(WalkRegisters::walks(), walkId);
    if (!walk)
        return walk.error();
    if (!*walk)
        return Error{Text::tr("The safety walk no longer exists, so there is no protocol to write.")};
    const QString name = fileSafe(
        Text::tr("Safety walk %1 %2")
            .arg((*walk)->value(walks::area).toString(), isoDate((*walk)->value(walks::walkedOn).toDate())));
    return QString(name + (format == Format::Odt ? QStringLiteral(".odt") : QStringLiteral(".pdf")));
}

Result<QString> WalkProtocol::text(const Repository& repository, qint64 walkId) {
    auto document = build(repository, walkId);
    if (!document)
        return document.error();
    // A picture stands in the text as one object character; the text keeps the words only.
    QString plain = (*document)->toPlainText();
    plain.remove(QChar::ObjectReplacementCharacter);
    static const QRegularExpression trailing(QStringLiteral("[ \\t]+\\n"));
    return plain.replace(trailing, QStringLiteral("\n"));
}

Status WalkProtocol::write(const Repository& repository, qint64 walkId, const QString& path, Format format) {
    auto document = build(repository, walkId);
    if (!document)
        return document.error();
    const QString title = (*document)->metaInformation(QTextDocument::DocumentTitle);
    if (format == Format::Odt)
        return PagedOutput::writeOdt(**document, path, {.title = title, .language = Language::tag()});
    return PagedOutput::writePdf(**document, path, title);
}

Status WalkProtocol::paint(const Repository& repository, qint64 walkId, QPagedPaintDevice& device) {
    auto document = build(repository, walkId);
    if (!document)
        return document.error();
    return PagedOutput::paint(**document, device);
}

QString WalkProtocol::exportInteractively(QWidget* parent, const Repository& repository, qint64 walkId) {
    auto name = suggestedFileName(repository, walkId);
    if (!name) {
        QMessageBox::warning(parent, Text::tr("No protocol"), name.message());
        return {};
    }
    if (!participantsConfirmed(parent, repository, walkId, Text::tr("Save anyway?"),
                               Text::tr("Save the protocol anyway?")))
        return {};
    const QString pdf = Text::tr("PDF document (*.pdf)");
    const QString odt = Text::tr("OpenDocument text (*.odt)");
    QString filter = pdf;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(*name);
    QString path = QFileDialog::getSaveFileName(parent, Text::tr("Save the walk's protocol"), suggested,
                                                pdf + QStringLiteral(";;") + odt, &filter);
    if (path.isEmpty())
        return {};
    // The filter chosen decides when the name has no suffix of its own.
    const bool asOdt = path.endsWith(QStringLiteral(".odt"), Qt::CaseInsensitive) ||
                       (filter == odt && !path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive));
    if (!path.contains(
            QRegularExpression(QStringLiteral("\\.(pdf|odt)$"), QRegularExpression::CaseInsensitiveOption)))
        path += asOdt ? QStringLiteral(".odt") : QStringLiteral(".pdf");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = write(repository, walkId, path, asOdt ? Format::Odt : Format::Pdf);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(parent, Text::tr("The protocol was not saved"), written.message());
        return {};
    }
    return path;
}

bool WalkProtocol::printInteractively(QWidget* parent, const Repository& repository, qint64 walkId) {
    auto document = build(repository, walkId);
    if (!document) {
        QMessageBox::warning(parent, Text::tr("No protocol"), document.message());
        return false;
    }
    if (!participantsConfirmed(parent, repository, walkId, Text::tr("Print anyway?"),
                               Text::tr("Print the protocol anyway?")))
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(PagedOutput::a4());
    printer.setDocName((*document)->metaInformation(QTextDocument::DocumentTitle));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(Text::tr("Print the walk's protocol"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (Status painted = PagedOutput::paint(**document, printer); !painted) {
        QMessageBox::warning(parent, Text::tr("Not printed"), painted.message());
        return false;
    }
    return true;
}

} // namespace lk
