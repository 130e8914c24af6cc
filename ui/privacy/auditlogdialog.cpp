#include "privacy/auditlogdialog.h"

#include "common/dateedit.h"
#include "common/problemlabel.h"
#include "common/screenfit.h"
#include "document/document.h"
#include "privacy/auditexport.h"
#include "privacy/auditlogmodel.h"
#include "privacy/auditquery.h"
#include "privacy/audittext.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace lk {

namespace {

QString html(const QString& text) {
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

// A choice in a combo box by its data, keeping the one chosen when the choices are made again.
void refill(QComboBox* box, const QString& all, const QList<std::pair<QString, QString>>& choices) {
    const QString chosen = box->currentData().toString();
    const QSignalBlocker quiet(box);
    box->clear();
    box->addItem(all, QString());
    for (const auto& [text, data] : choices)
        box->addItem(text, data);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

} // namespace

AuditLogDialog::AuditLogDialog(Document* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_from(new DateEdit(QStringLiteral("from"), this))
    , m_to(new DateEdit(QStringLiteral("to"), this))
    , m_users(new QComboBox(this))
    , m_registers(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_count(new QLabel(this))
    , m_done(new QLabel(this))
    , m_export(new QPushButton(tr("&Export CSV…"), this)) {
    setWindowTitle(tr("Change log"));
    m_users->setObjectName(QStringLiteral("users"));
    m_registers->setObjectName(QStringLiteral("registers"));
    m_users->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_registers->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_count->setObjectName(QStringLiteral("count"));
    m_done->setObjectName(QStringLiteral("done"));
    m_done->setTextFormat(Qt::PlainText);
    m_done->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setToolTip(tr("Every row the filter shows, with the whole values before and after, for a "
                            "spreadsheet"));

    // From the first change in the file to today: everything, until the user narrows it.
    const QDate today = QDate::currentDate();
    const auto first = AuditQuery::firstDay(document->database().connection());
    m_from->setDate(first && first->isValid() ? std::min(first.value(), today) : today);
    m_to->setDate(today);
    fillChoices();
    m_model = new AuditLogModel(document, filter(), this);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Changes"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // The same row height as the registers' lists.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setOpenLinks(false);
    // Tab leaves the pane for the buttons: it holds no links to go through.
    m_detail->setTabChangesFocus(true);

    auto* filters = new QHBoxLayout;
    auto labelled = [this, filters](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
        filters->addSpacing(8);
    };
    labelled(tr("&From:"), m_from);
    labelled(tr("&To:"), m_to);
    labelled(tr("&User:"), m_users);
    labelled(tr("&Register:"), m_registers);
    auto* notADate = new ProblemLabel(this);
    notADate->follow(m_from);
    notADate->follow(m_to);
    filters->addWidget(notADate, 1);
    filters->addStretch(1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addSpacing(16);
    bottom->addWidget(m_done, 1);
    bottom->addWidget(m_export);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &AuditLogDialog::chooseExportFile);
    for (DateEdit* edit : {m_from, m_to})
        connect(edit, &DateEdit::dateChanged, this, &AuditLogDialog::applyFilter);
    for (QComboBox* box : {m_users, m_registers})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogDialog::showDetail);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        m_shownId = current.isValid() ? m_model->entry(current.row()).id : 0;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogDialog::showLoaded);
    // A change made while the log is open may bring a new user or register.
    connect(document, &Document::changed, this, &AuditLogDialog::fillChoices);

    showLoaded();
    m_table->resizeColumnsToContents();
    for (int column = 0; column < AuditText::Changes; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column) + 12, 260));
    resize(screenFit(this, QSize(1120, 680)));
    m_table->setFocus();
}

void AuditLogDialog::fillChoices() {
    const QSqlDatabase db = m_document->database().connection();
    QList<std::pair<QString, QString>> users;
    if (auto names = AuditQuery::users(db)) {
        for (const QString& name : std::as_const(*names))
            users.append({name, name});
    }
    refill(m_users, tr("All users"), users);
    QList<std::pair<QString, QString>> registers;
    if (auto tables = AuditQuery::tables(db)) {
        for (const QString& table : std::as_const(*tables))
            registers.append({AuditText::registerName(table), table});
    }
    // By the name the user reads, not the table's.
    std::sort(registers.begin(), registers.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    refill(m_registers, tr("All registers"), registers);
}

AuditQuery::Filter AuditLogDialog::filter() const {
    return {m_from->date(), m_to->date(), m_users->currentData().toString(),
            m_registers->currentData().toString()};
}

void AuditLogDialog::applyFilter() {
    if (!m_from->date().isValid() || !m_to->date().isValid())
        return; // a date being put right leaves the list as it was
    m_done->clear();
    m_model->setFilter(filter());
}

void AuditLogDialog::showLoaded() {
    m_count->setText(tr("%n event(s)", "", int(std::min<qint64>(m_model->totalCount(), INT_MAX))));
    // The row read before stays chosen when it is still there (a change made meanwhile adds one at the top);
    // else the newest, so that the pane below is never blank while there is something to read.
    int row = 0;
    for (int i = 0; i < m_model->rowCount() && m_shownId != 0; ++i) {
        if (m_model->entry(i).id == m_shownId) {
            row = i;
            break;
        }
    }
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    else
        showDetail();
}

void AuditLogDialog::showDetail() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->setHtml(m_model->totalCount() == 0
                              ? tr("<p>No changes were recorded in these days for this choice.</p>")
                              : QString());
        return;
    }
    const AuditEntry& entry = m_model->entry(current.row());
    const AuditText& text = m_model->text();
    QString page = QStringLiteral("<p><b>%1</b></p>")
                       .arg(html(tr("%1 “%2”: %3 %4 by %5")
                                     .arg(AuditText::registerName(entry.table), text.recordName(entry),
                                          AuditText::actionName(entry.action).toLower(),
                                          AuditText::localTime(entry.changedAt), entry.user)));
    page += QStringLiteral("<table cellspacing='0' cellpadding='4' border='1' width='100%'><tr><th "
                           "align='left' width='24%'>%1</th><th align='left' width='38%'>%2</th><th "
                           "align='left' width='38%'>%3</th></tr>")
                .arg(html(tr("Field")), html(tr("Before")), html(tr("After")));
    // What changed comes first and stands out; the rest follows, in the register's order, to read the change
    // in its context.
    QList<AuditText::FieldChange> fields = text.fields(entry);
    std::stable_partition(fields.begin(), fields.end(),
                          [](const AuditText::FieldChange& field) { return field.changed; });
    for (const AuditText::FieldChange& field : std::as_const(fields)) {
        const QString cell =
            field.changed ? QStringLiteral("<td><b>%1</b></td>") : QStringLiteral("<td>%1</td>");
        page += QStringLiteral("<tr>") + cell.arg(html(field.label)) + cell.arg(html(field.before)) +
                cell.arg(html(field.after)) + QStringLiteral("</tr>");
    }
    page += QStringLiteral("</table><p><small>%1</small></p>").arg(html(tr("Key: %1").arg(entry.key)));
    m_detail->setHtml(page);
}

bool AuditLogDialog::exportTo(const QString& path) {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = AuditExport::write(m_document->database().connection(), m_model->filter(), path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("The change log was not exported"), written.message());
        return false;
    }
    m_done->setText(tr("%n row(s) written to %1.", "", int(std::min<qint64>(written.value(), INT_MAX)))
                        .arg(QDir::toNativeSeparators(path)));
    return true;
}

void AuditLogDialog::chooseExportFile() {
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("change-log-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the change log"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace lk
