#include "indicators/valueimportdialog.h"

#include "common/decimal.h"
#include "common/screenfit.h"
#include "document/document.h"
#include "indicators/indicatorregisters.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lk {

ValueImportDialog::ValueImportDialog(Document* document, qint64 municipalityId, qint64 indicatorId,
                                     const QByteArray& bytes, const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_rows(new QTableWidget(this))
    , m_errors(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_import(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole)) {
    setWindowTitle(tr("Import indicator values from %1").arg(fileName));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_rows->setObjectName(QStringLiteral("rows"));
    m_rows->setColumnCount(6);
    m_rows->setHorizontalHeaderLabels({tr("Line"), tr("Indicator"), tr("Year or quarter"), tr("Value"),
                                       tr("Stored now"), tr("What happens")});
    m_rows->verticalHeader()->hide();
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rows->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_errors->setObjectName(QStringLiteral("errors"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_rows, 3);
    layout->addWidget(m_errors, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ValueImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ValueImportDialog::reject);
    resize(screenFit(this, QSize(820, 520)));

    auto preview = IndicatorCsv::read(document->repository(), municipalityId, bytes, indicatorId);
    if (!preview) {
        m_summary->setText(
            tr("The file could not be read, and nothing was imported.\n%1").arg(preview.message()));
        m_rows->hide();
        m_errors->hide();
        m_import->setEnabled(false);
        return;
    }
    m_preview = *preview;
    showPreview(*m_preview);
}

void ValueImportDialog::showPreview(const IndicatorCsv::Preview& preview) {
    m_rows->setRowCount(int(preview.rows.size()));
    for (int r = 0; r < preview.rows.size(); ++r) {
        const IndicatorCsv::Row& row = preview.rows.at(r);
        const QString what = row.isNew() ? tr("Added") : row.changes() ? tr("Changed") : tr("Already stored");
        const QStringList cells{
            QString::number(row.line),
            row.indicator,
            IndicatorRegisters::periodLabel(row.year, row.quarter),
            formatDecimal(row.value),
            row.isNew() ? QString() : formatDecimal(row.stored.value(indicatorValues::value).toReal()),
            what};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == 0 || c == 3 || c == 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_rows->setItem(r, c, item);
        }
    }
    m_errors->addItems(preview.errors);
    m_errors->setVisible(!preview.errors.isEmpty());
    const QString file = tr("The file is %1, separated by “%2”.").arg(preview.encoding, preview.separator);
    if (!preview.errors.isEmpty()) {
        m_summary->setText(file + u' ' +
                           tr("%n line(s) cannot be read, so nothing will be imported: correct the file and "
                              "import it again.",
                              "", int(preview.errors.size())));
        m_import->setEnabled(false);
        return;
    }
    m_summary->setText(file + u' ' +
                       tr("%1 new, %2 changed, %3 already stored.")
                           .arg(preview.added())
                           .arg(preview.updated())
                           .arg(preview.unchanged()));
    m_import->setEnabled(preview.added() + preview.updated() > 0);
}

void ValueImportDialog::accept() {
    if (!m_preview)
        return;
    auto changes = IndicatorCsv::changes(m_document->repository(), *m_preview);
    if (changes) {
        if (auto done = m_document->perform(*changes, tr("Import of indicator values")); done) {
            QDialog::accept();
            return;
        } else {
            QMessageBox::warning(this, tr("Nothing was imported"), done.message());
            return;
        }
    }
    QMessageBox::warning(this, tr("Nothing was imported"), changes.message());
}

} // namespace lk
