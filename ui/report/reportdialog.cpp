#include "report/reportdialog.h"

#include "common/dateedit.h"
#include "common/isodate.h"
#include "common/problemlabel.h"
#include "common/windowprogress.h"
#include "document/document.h"
#include "promises/promiseregisters.h"
#include "report/councilreport.h"
#include "report/printeddocument.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace lk {

ReportDialog::ReportDialog(Document* document, qint64 periodId, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_periodId(periodId)
    , m_from(new DateEdit(QStringLiteral("from"), this))
    , m_to(new DateEdit(QStringLiteral("to"), this))
    , m_council(new QRadioButton(tr("The &council's follow-up report (PDF, ODT, print)"), this))
    , m_public(new QRadioButton(tr("The &public summary for the website (HTML)"), this))
    , m_preview(new QPushButton(tr("Pre&view and print…"), this))
    , m_pdf(new QPushButton(tr("Save as P&DF…"), this))
    , m_odt(new QPushButton(tr("Save as &ODT…"), this))
    , m_html(new QPushButton(tr("Save as &HTML…"), this))
    , m_done(new QLabel(this)) {
    setWindowTitle(tr("Follow-up report"));
    QString periodName;
    if (auto period = document->repository().findById(PromiseRegisters::periods(), periodId);
        period && *period) {
        periodName = (*period)->value(periods::name).toString();
        const QDate start = (*period)->value(periods::startDate).toDate();
        const QDate end = (*period)->value(periods::endDate).toDate();
        m_from->setDateRange(start, end);
        m_to->setDateRange(start, end);
        m_from->setDate(start);
        // A report made during the period follows up to today.
        m_to->setDate(std::clamp(QDate::currentDate(), start, end));
    }
    m_council->setChecked(true);
    m_done->setObjectName(QStringLiteral("done"));
    m_done->setWordWrap(true);
    m_done->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout;
    form->addRow(tr("Period:"), new QLabel(periodName, this));
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto* notADate = new ProblemLabel(this);
    notADate->follow(m_from);
    notADate->follow(m_to);
    form->addRow(QString(), notADate);
    auto* note =
        new QLabel(tr("Each target counts what its schedule plans up to the last date (by tertial, by "
                      "the months of its work, or spread over the year). The text and the next steps "
                      "under each promise are written on the promise."),
                   this);
    note->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    for (QPushButton* button : {m_preview, m_pdf, m_odt, m_html})
        actions->addWidget(button);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_council);
    layout->addWidget(m_public);
    layout->addWidget(note);
    layout->addLayout(actions);
    layout->addWidget(m_done);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseFile(ReportFiles::Format::Pdf); });
    connect(m_odt, &QPushButton::clicked, this, [this] { chooseFile(ReportFiles::Format::Odt); });
    connect(m_html, &QPushButton::clicked, this, [this] { chooseFile(ReportFiles::Format::Html); });
    connect(m_public, &QRadioButton::toggled, this, &ReportDialog::followKind);
    connect(m_from, &DateEdit::dateChanged, this, [this](const QDate& from) {
        if (m_to->date().isValid() && m_to->date() < from)
            m_to->setDate(from);
    });
    // No report from a date that is no date: the buttons wait until both are put right.
    for (DateEdit* edit : {m_from, m_to}) {
        connect(edit, &DateEdit::problemChanged, this, &ReportDialog::followKind);
        connect(edit, &DateEdit::dateChanged, this, &ReportDialog::followKind);
    }
    followKind();
}

ReportScope ReportDialog::scope() const {
    return {m_periodId, m_from->date(), m_to->date(), QDate::currentDate()};
}

void ReportDialog::followKind() {
    // The public page is one HTML file; the council report is for paper and for editing.
    const bool council = !m_public->isChecked();
    const bool dates = m_from->date().isValid() && m_to->date().isValid();
    m_preview->setEnabled(council && dates);
    m_pdf->setEnabled(council && dates);
    m_odt->setEnabled(council && dates);
    m_html->setEnabled(dates);
}

bool ReportDialog::save(ReportFiles::Format format, const QString& path) {
    const auto kind = m_public->isChecked() ? ReportFiles::Kind::Public : ReportFiles::Kind::Council;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    WindowProgress progress(this, tr("Save the report"));
    const Status written =
        ReportFiles::write(m_document->repository(), scope(), kind, format, path, progress);
    QApplication::restoreOverrideCursor();
    if (!written) {
        if (Progress::isStopped(written.error()))
            m_done->setText(written.message());
        else
            QMessageBox::warning(this, tr("The report was not saved"), written.message());
        return false;
    }
    m_done->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportDialog::chooseFile(ReportFiles::Format format) {
    const QString suffix = format == ReportFiles::Format::Pdf   ? QStringLiteral("pdf")
                           : format == ReportFiles::Format::Odt ? QStringLiteral("odt")
                                                                : QStringLiteral("html");
    const QString name = m_public->isChecked() ? tr("folj-med-i-hur-det-gar") : tr("uppfoljningsrapport");
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("%1-%2.%3").arg(name, isoDate(m_to->date()), suffix));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), suggested,
                                                      tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!path.isEmpty())
        save(format, path);
}

void ReportDialog::preview() {
    auto document = CouncilReport::build(m_document->repository(), scope());
    if (!document) {
        QMessageBox::warning(this, tr("No report"), document.message());
        return;
    }
    PrintedDocument::preview(this, **document, tr("Follow-up report – print preview"));
}

} // namespace lk
