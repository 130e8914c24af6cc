#include "common/csvimportdialog.h"

#include "common/screenfit.h"
#include "document/document.h"
#include "io/csvtable.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lk {

CsvImportDialog::CsvImportDialog(Document* document, const Result<CsvImport::Preview>& preview,
                                 const QString& title, const QString& undoText, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_undoText(undoText)
    , m_summary(new QLabel(this))
    , m_unused(new QLabel(this))
    , m_rows(new QTableWidget(this))
    , m_errors(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_import(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole)) {
    setWindowTitle(title);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_unused->setObjectName(QStringLiteral("unused"));
    m_unused->setWordWrap(true);
    m_unused->setTextFormat(Qt::PlainText);
    m_rows->setObjectName(QStringLiteral("rows"));
    m_rows->setAccessibleName(tr("The file's lines"));
    m_rows->verticalHeader()->hide();
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setWordWrap(false);
    m_errors->setObjectName(QStringLiteral("errors"));
    m_errors->setAccessibleName(tr("Lines that cannot be read"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_unused);
    layout->addWidget(m_rows, 3);
    layout->addWidget(m_errors, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CsvImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CsvImportDialog::reject);
    resize(screenFit(this, {860, 520}));

    if (!preview) {
        m_summary->setText(
            tr("The file could not be read, and nothing was imported.\n%1").arg(preview.message()));
        m_unused->hide();
        m_rows->hide();
        m_errors->hide();
        m_import->setEnabled(false);
        return;
    }
    m_preview = preview.value();
    showPreview(*m_preview);
}

void CsvImportDialog::showPreview(const CsvImport::Preview& preview) {
    // What each line does stands next to its number, where it is seen without scrolling sideways.
    QStringList headers{tr("Line"), tr("What happens")};
    headers << preview.headers;
    m_rows->setColumnCount(int(headers.size()));
    m_rows->setHorizontalHeaderLabels(headers);
    m_rows->setRowCount(int(preview.lines.size()));
    static const QRegularExpression number(
        QStringLiteral("^[-\\x{2212}]?[0-9][0-9 \\x{00A0}]*([,.][0-9]+)?$"));
    for (int r = 0; r < preview.lines.size(); ++r) {
        const CsvImport::Line& line = preview.lines.at(r);
        const QString what = line.outcome == CsvImport::Outcome::Added     ? tr("Added")
                             : line.outcome == CsvImport::Outcome::Changed ? tr("Changed")
                                                                           : tr("Already stored");
        QStringList cells{QString::number(line.line), what};
        cells << line.cells;
        for (int c = 0; c < cells.size(); ++c) {
            // A long note shows its first line; the tooltip holds it whole.
            auto* item = new QTableWidgetItem(cells.at(c).section(u'\n', 0, 0));
            if (cells.at(c).contains(u'\n'))
                item->setToolTip(cells.at(c));
            if (c == 0 || (c > 1 && number.match(cells.at(c)).hasMatch()))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_rows->setItem(r, c, item);
        }
    }
    m_rows->resizeColumnsToContents();
    m_rows->horizontalHeader()->setStretchLastSection(true);
    // As wide as the lines need, within the screen: a police list has a dozen columns.
    int wanted = 2 * m_rows->frameWidth() + m_rows->verticalScrollBar()->sizeHint().width() +
                 layout()->contentsMargins().left() + layout()->contentsMargins().right();
    for (int c = 0; c < m_rows->columnCount(); ++c)
        wanted += m_rows->horizontalHeader()->sectionSize(c);
    resize(screenFit(this, {std::max(wanted, width()), height()}));
    m_errors->addItems(preview.errors);
    m_errors->setVisible(!preview.errors.isEmpty());
    m_unused->setText(CsvImport::unusedNote(preview));
    m_unused->setVisible(!preview.unused.isEmpty());
    m_summary->setText(CsvImport::summary(preview));
    m_import->setEnabled(preview.errors.isEmpty() && !preview.changes.isEmpty());
}

void CsvImportDialog::accept() {
    // Enter with nothing to import (a bad line, or everything already stored) leaves the preview open.
    if (!m_preview || !m_import->isEnabled())
        return;
    auto changes = CsvImport::changes(*m_preview);
    if (!changes) {
        QMessageBox::warning(this, tr("Nothing was imported"), changes.message());
        return;
    }
    if (auto done = m_document->perform(*changes, m_undoText); !done) {
        QMessageBox::warning(this, tr("Nothing was imported"), done.message());
        return;
    }
    QDialog::accept();
}

bool CsvImportDialog::importFile(Document* document, const QString& path, const Reader& read,
                                 const QString& title, const QString& undoText, QWidget* parent) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
            parent, tr("Nothing was imported"),
            tr("%1 could not be opened (%2).").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    // One byte more than a CSV file may be, so that CsvTable can say that it is too big.
    CsvImportDialog dialog(document, read(file.read(CsvTable::maxBytes + 1)), title, undoText, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace lk
