#include "walks/digitalwalkdialog.h"

#include "common/isodate.h"
#include "common/screenfit.h"
#include "document/document.h"
#include "io/csvtable.h"
#include "walks/walkregisters.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace lk {

namespace {

using Level = DigitalWalkCsv::Level;

// Red for what keeps a row out, amber for what to read first; the same red as the other import previews.
QColor textColour(Level level) {
    switch (level) {
    case Level::Blocking:
        return QColor(0xb0, 0x00, 0x20);
    case Level::Warning:
        return QColor(0x8a, 0x55, 0x00);
    default:
        return QColor(0x55, 0x55, 0x55);
    }
}

// No colour of its own for the rest: the table's own background shows.
QVariant backgroundColour(Level level) {
    switch (level) {
    case Level::Blocking:
        return QColor(0xfd, 0xec, 0xee);
    case Level::Warning:
        return QColor(0xff, 0xf4, 0xd6);
    default:
        return {};
    }
}

// CsvTable names the encoding in English, for every import preview.
QString encodingLabel(const QString& encoding) {
    if (encoding == QStringLiteral("UTF-8 with BOM"))
        return DigitalWalkDialog::tr("UTF-8 with BOM");
    return encoding;
}

// A cell widget centred in its cell, so that it keeps its own height in a row made tall by a long note.
QWidget* centred(QWidget* widget, Qt::Alignment alignment) {
    auto* holder = new QWidget;
    auto* layout = new QHBoxLayout(holder);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->addWidget(widget, alignment == Qt::AlignCenter ? 0 : 1, alignment);
    return holder;
}

const FieldSpec& categoryField() {
    return WalkRegisters::observations().field(observations::category);
}

QString walkTitle(const Document& document, qint64 walkId) {
    auto walk = document.repository().findById(WalkRegisters::walks(), walkId);
    if (!walk || !*walk)
        return {};
    return QStringLiteral("%1, %2").arg((*walk)->value(walks::area).toString(),
                                        isoDate((*walk)->value(walks::walkedOn).toDate()));
}

} // namespace

DigitalWalkDialog::DigitalWalkDialog(Document& document, qint64 walkId, const QString& csvPath,
                                     QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_walkId(walkId)
    , m_fileName(new QLabel(this))
    , m_choose(new QPushButton(tr("&Choose file…"), this))
    , m_fileInfo(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_rows(new QTableWidget(this))
    , m_includeClean(new QPushButton(tr("Include all &without notes"), this))
    , m_includeNone(new QPushButton(tr("Include &none"), this))
    , m_summary(new QLabel(this)) {
    const QString walk = walkTitle(document, walkId);
    setWindowTitle(walk.isEmpty() ? tr("Import a digital walk") : tr("Import a digital walk: %1").arg(walk));
    m_fileName->setTextFormat(Qt::PlainText);
    m_fileInfo->setObjectName(QStringLiteral("fileInfo"));
    m_fileInfo->setWordWrap(true);
    m_fileInfo->setTextFormat(Qt::PlainText);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_summary->setObjectName(QStringLiteral("summary"));

    m_rows->setObjectName(QStringLiteral("rows"));
    m_rows->setColumnCount(5);
    m_rows->setHorizontalHeaderLabels(
        {tr("Include"), tr("Place"), tr("Category"), tr("Description"), tr("Notes")});
    m_rows->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_rows->horizontalHeader()->setSectionResizeMode(IncludeColumn, QHeaderView::ResizeToContents);
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_rows->setColumnWidth(PlaceColumn, 150);
    m_rows->setColumnWidth(CategoryColumn, 190);
    m_rows->setColumnWidth(DescriptionColumn, 330);
    m_rows->verticalHeader()->setToolTip(tr("The line in the file"));
    m_rows->setWordWrap(true);
    m_rows->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectItems);
    // The notes wrap in the width their column gets, which changes with the dialog's.
    connect(m_rows->horizontalHeader(), &QHeaderView::sectionResized, m_rows,
            &QTableWidget::resizeRowsToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileName, 1);
    fileRow->addWidget(m_choose);
    auto* choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_includeClean);
    choiceRow->addWidget(m_includeNone);
    choiceRow->addStretch(1);
    choiceRow->addWidget(m_summary);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_fileInfo);
    layout->addWidget(m_problem);
    layout->addWidget(m_rows, 1);
    layout->addLayout(choiceRow);
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &DigitalWalkDialog::chooseFile);
    connect(m_includeClean, &QPushButton::clicked, this, [this] {
        if (m_preview)
            m_preview->acceptAllWithoutNotes();
        refresh();
    });
    connect(m_includeNone, &QPushButton::clicked, this, [this] {
        if (m_preview)
            m_preview->acceptNone();
        refresh();
    });
    connect(m_rows, &QTableWidget::cellChanged, this, &DigitalWalkDialog::descriptionEdited);
    connect(buttons, &QDialogButtonBox::accepted, this, &DigitalWalkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DigitalWalkDialog::reject);
    resize(screenFit(this, QSize(1040, 560)));

    if (csvPath.isEmpty()) {
        // Nothing is wrong yet: the hint shows where the file's summary will be, not in red.
        showFailure(QString());
        m_problem->hide();
        m_fileName->setText(tr("No file chosen"));
        m_fileInfo->setText(tr("Choose the CSV file that the web form or survey tool exported."));
        m_fileInfo->show();
        m_choose->setFocus();
    } else {
        load(csvPath);
    }
}

bool DigitalWalkDialog::importInto(QWidget* parent, Document& document, qint64 walkId) {
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import a digital walk"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    DigitalWalkDialog dialog(document, walkId, path, parent);
    return dialog.exec() == QDialog::Accepted;
}

QCheckBox* DigitalWalkDialog::includeBox(int row) const {
    QWidget* cell = m_rows->cellWidget(row, IncludeColumn);
    return cell ? cell->findChild<QCheckBox*>() : nullptr;
}

QComboBox* DigitalWalkDialog::categoryBox(int row) const {
    QWidget* cell = m_rows->cellWidget(row, CategoryColumn);
    return cell ? cell->findChild<QComboBox*>() : nullptr;
}

void DigitalWalkDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a digital walk"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        load(path);
}

void DigitalWalkDialog::load(const QString& path) {
    m_fileName->setText(tr("File: %1").arg(QFileInfo(path).fileName()));
    m_fileName->setToolTip(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showFailure(tr("%1 could not be opened (%2). Nothing was imported.")
                        .arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    auto preview = DigitalWalkCsv::read(m_document.repository(), m_walkId, file.read(CsvTable::maxBytes + 1));
    if (!preview) {
        showFailure(tr("The file cannot be imported. %1").arg(preview.message()));
        return;
    }
    m_preview = std::move(*preview);
    showRows();
}

void DigitalWalkDialog::showFailure(const QString& message) {
    m_preview.reset();
    m_problem->setText(message);
    m_problem->show();
    m_fileInfo->hide();
    m_rows->setRowCount(0);
    m_rows->setEnabled(false);
    m_includeClean->setEnabled(false);
    m_includeNone->setEnabled(false);
    m_summary->clear();
    m_import->setEnabled(false);
}

void DigitalWalkDialog::showRows() {
    const DigitalWalkCsv::Preview& preview = *m_preview;
    QStringList about{
        tr("The file is %1, separated by “%2”, with %n observation(s).", "", int(preview.rows.size()))
            .arg(encodingLabel(preview.encoding), preview.separator)};
    const QLocale locale;
    if (!preview.personalColumns.isEmpty())
        about << tr("Personal data about the sender is never imported: %1.")
                     .arg(locale.createSeparatedList(preview.personalColumns));
    if (!preview.ignoredColumns.isEmpty())
        about << tr("Not imported either: %1.").arg(locale.createSeparatedList(preview.ignoredColumns));
    about << tr("Rows with a note in red cannot be included until the text is corrected; read those in amber "
                "before you include them. Double-click a description to change it.");
    m_fileInfo->setText(about.join(u' '));
    m_fileInfo->show();
    m_problem->hide();
    m_rows->setEnabled(true);
    m_includeClean->setEnabled(true);
    m_includeNone->setEnabled(true);

    m_filling = true;
    m_rows->setRowCount(int(preview.rows.size()));
    for (int i = 0; i < preview.rows.size(); ++i)
        addRow(i);
    m_filling = false;
    refresh();
}

void DigitalWalkDialog::addRow(int index) {
    const DigitalWalkCsv::Row& row = m_preview->rows.at(index);
    auto* line = new QTableWidgetItem(QString::number(row.line));
    if (!row.sentAt.isEmpty())
        line->setToolTip(tr("Sent in %1").arg(row.sentAt));
    m_rows->setVerticalHeaderItem(index, line);

    // A real check box, so that it takes the keyboard focus and a click like any other.
    auto* include = new QCheckBox;
    include->setObjectName(QStringLiteral("include"));
    include->setAccessibleName(tr("Include line %1").arg(row.line));
    m_rows->setCellWidget(index, IncludeColumn, centred(include, Qt::AlignCenter));
    connect(include, &QCheckBox::toggled, this, [this, index](bool on) {
        if (m_filling || !m_preview)
            return;
        m_preview->rows[index].accepted = on;
        refresh();
    });

    auto* place = new QTableWidgetItem(row.place);
    place->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (row.placeId > 0)
        place->setToolTip(tr("In the register of places"));
    m_rows->setItem(index, PlaceColumn, place);

    auto* category = new QComboBox;
    for (const CodeOption& option : categoryField().codes)
        category->addItem(categoryField().codeLabel(option.code), option.code);
    category->setCurrentIndex(category->findData(row.category));
    category->setAccessibleName(tr("Category of line %1").arg(row.line));
    m_rows->setCellWidget(index, CategoryColumn, centred(category, Qt::AlignVCenter));
    connect(category, &QComboBox::currentIndexChanged, this, [this, index, category] {
        if (m_filling || !m_preview)
            return;
        m_preview->rows[index].category = category->currentData().toString();
        refresh();
    });

    m_rows->setItem(index, DescriptionColumn, new QTableWidgetItem(row.description));
    auto* notes = new QTableWidgetItem;
    notes->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_rows->setItem(index, NotesColumn, notes);
}

void DigitalWalkDialog::descriptionEdited(int row, int column) {
    if (m_filling || !m_preview || column != DescriptionColumn)
        return;
    m_preview->rows[row].description = m_rows->item(row, column)->text();
    // A change can make this row, or another with the same text, one that cannot be included.
    m_preview->dropUnacceptable();
    refresh();
}

void DigitalWalkDialog::refresh() {
    if (!m_preview)
        return;
    m_filling = true;
    const QList<QList<DigitalWalkCsv::Note>> all = m_preview->allNotes();
    for (int i = 0; i < all.size(); ++i) {
        Level level = Level::None;
        QStringList texts;
        for (const DigitalWalkCsv::Note& note : all.at(i)) {
            level = std::max(level, note.level);
            texts << note.text;
        }
        QTableWidgetItem* notes = m_rows->item(i, NotesColumn);
        notes->setText(texts.join(u'\n'));
        notes->setToolTip(notes->text());
        notes->setForeground(textColour(level));
        notes->setData(Qt::BackgroundRole, backgroundColour(level));
        if (QCheckBox* include = includeBox(i)) {
            include->setChecked(m_preview->rows.at(i).accepted);
            include->setEnabled(level != Level::Blocking);
            include->setToolTip(level == Level::Blocking ? tr("Correct the description first (see the note).")
                                                         : QString());
        }
    }
    m_filling = false;
    m_rows->resizeRowsToContents();
    const int accepted = m_preview->acceptedCount();
    m_summary->setText(tr("%1 of %2 will be imported").arg(accepted).arg(m_preview->rows.size()));
    m_import->setEnabled(accepted > 0);
}

void DigitalWalkDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    // The last column gets its width only once the dialog is laid out on the screen; the notes wrap in it.
    QTimer::singleShot(0, m_rows, &QTableWidget::resizeRowsToContents);
}

void DigitalWalkDialog::accept() {
    if (!m_preview)
        return;
    auto stored = DigitalWalkCsv::store(m_document, *m_preview);
    if (!stored) {
        QMessageBox::warning(this, tr("Nothing was imported"), stored.message());
        return;
    }
    m_imported = *stored;
    QDialog::accept();
}

} // namespace lk
