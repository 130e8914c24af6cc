#include "common/activitytab.h"

#include "common/csvimportdialog.h"
#include "common/dateedit.h"
#include "common/isodate.h"
#include "common/noticebar.h"
#include "common/promiselink.h"
#include "common/recorddialog.h"
#include "common/recordform.h"
#include "common/recordlistpanel.h"
#include "document/document.h"
#include "io/registercsv.h"
#include "promises/countsfor.h"
#include "promises/promiseregisters.h"
#include "promises/targetprogress.h"
#include "promises/workingdate.h"
#include "register/recordtablemodel.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lk {

namespace {

QStringList formFields(const RegisterSpec& spec) {
    QStringList fields;
    for (const FieldSpec& field : spec.fields) {
        if (field.name != common::municipalityId)
            fields << field.name;
    }
    return fields;
}

} // namespace

ActivityTab::ActivityTab(Document* document, const RegisterSpec& spec, const QStringList& columns,
                         const QString& stretch, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_spec(spec)
    , m_summary(new QLabel(this))
    , m_allYears(new QCheckBox(tr("Show all years"), this))
    , m_list(new RecordListPanel(document, spec, columns, this)) {
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_allYears->setObjectName(QStringLiteral("allYears"));
    m_allYears->setToolTip(tr("Show the records of every period, not only the chosen one"));
    m_list->setFilterVisible(true);
    m_list->setStretchColumn(stretch);
    m_list->setNewFields(formFields(spec));
    m_list->setEditFields(formFields(spec));
    m_list->setDefaults([this] { return newValues(); });
    m_list->setDialogSetup(
        [this](RecordDialog& dialog, const Record* stored) { setUpDialog(dialog, stored); });
    m_list->setWhereabouts([this](const Record& saved) { return whereabouts(saved); });

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_allYears, 0, Qt::AlignTop);
    if (RegisterCsv::importable().contains(&spec)) {
        m_import = new QPushButton(tr("Import from CSV…"), this);
        m_import->setObjectName(QStringLiteral("importCsv"));
        m_import->setToolTip(tr("Read a list of %1 saved from Excel as CSV, after a preview of every line")
                                 .arg(spec.pluralName().toLower()));
        m_import->setEnabled(!document->isReadOnly());
        top->addWidget(m_import, 0, Qt::AlignTop);
        connect(m_import, &QPushButton::clicked, this, &ActivityTab::chooseImportFile);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);

    connect(m_allYears, &QCheckBox::toggled, this, &ActivityTab::applyCondition);
    connect(m_document, &Document::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(m_spec.table) || tables.contains(PromiseRegisters::targets().table))
            refreshSummary();
    });
}

void ActivityTab::setScope(qint64 municipalityId, qint64 periodId) {
    m_municipalityId = municipalityId;
    m_periodId = periodId;
    m_start = {};
    m_end = {};
    m_periodName.clear();
    if (auto period = m_document->repository().findById(PromiseRegisters::periods(), periodId);
        period && *period) {
        m_start = (*period)->value(periods::startDate).toDate();
        m_end = (*period)->value(periods::endDate).toDate();
        m_periodName = (*period)->value(periods::name).toString();
    }
    // New records get the municipality; the table shows its records through setScope below, and the
    // dialogs offer its areas, units and retailers. Both change the rows: they are read once.
    const auto together = m_list->deferReloads();
    if (m_spec.findField(common::municipalityId))
        m_list->setParentRecord(common::municipalityId, municipalityId);
    m_list->setMunicipality(municipalityId);
    m_list->notice()->hide();
    applyCondition();
    refreshSummary();
}

void ActivityTab::applyCondition() {
    // An activity of a municipality's record (a test purchase at one of its retailers) is found through it.
    if (m_allYears->isChecked())
        m_list->model()->setScope(m_municipalityId);
    else
        m_list->model()->setScope(m_municipalityId, m_start, m_end);
}

QVariantMap ActivityTab::newValues() const {
    const QDate day = WorkingDate::in(m_start, m_end);
    QVariantMap values{{m_spec.dateField, day}};
    auto choices = CountsFor::choices(m_document->repository(), m_spec, m_municipalityId, day, 0, m_periodId);
    if (choices && choices->defaultOn(day) > 0)
        values.insert(common::promiseId, choices->defaultOn(day));
    return values;
}

RecordListPanel::Whereabouts ActivityTab::whereabouts(const Record& saved) {
    const QDate date = saved.value(m_spec.dateField).toDate();
    if (m_allYears->isChecked() || !date.isValid() || (m_start <= date && date <= m_end))
        return {}; // in the period: the filter hides it
    const QString uuid = saved.uuid;
    return {tr("Saved, but dated %1, outside the period %2: it shows under “Show all years”.")
                .arg(isoDate(date), m_periodName),
            tr("Show all years"), [this, uuid] {
                m_allYears->setChecked(true);
                m_list->selectRecord(uuid);
            }};
}

void ActivityTab::notePeriodOf(RecordDialog& dialog) const {
    auto* date = qobject_cast<DateEdit*>(dialog.form()->editor(m_spec.dateField));
    if (!date || !m_start.isValid())
        return;
    // Said before saving, not refused: an earlier or later record is entered on purpose now and then.
    auto* note = new QLabel(&dialog);
    note->setObjectName(QStringLiteral("outsidePeriod"));
    note->setWordWrap(true);
    static_cast<QVBoxLayout*>(dialog.layout())->insertWidget(dialog.layout()->count() - 1, note);
    const auto show = [this, note](const QDate& day) {
        const bool outside = day.isValid() && (day < m_start || day > m_end);
        note->setText(outside ? tr("%1 lies outside the period %2 (%3 – %4): the record will be saved, and "
                                   "shown under “Show all years”.")
                                    .arg(isoDate(day), m_periodName, isoDate(m_start), isoDate(m_end))
                              : QString());
        note->setVisible(outside);
    };
    show(date->date());
    connect(date, &DateEdit::dateChanged, note, show);
}

void ActivityTab::setUpDialog(RecordDialog& dialog, const Record* stored) const {
    // A stored record is offered the promises of its own period, and keeps the one it counts for.
    const QDate date = stored ? stored->value(m_spec.dateField).toDate() : WorkingDate::in(m_start, m_end);
    const qint64 linked = stored ? stored->value(common::promiseId).toLongLong() : 0;
    auto choices =
        CountsFor::choices(m_document->repository(), m_spec, m_municipalityId, date, linked, m_periodId);
    if (choices)
        new PromiseLink(dialog.form(), m_spec, *choices, stored != nullptr);
    else
        m_document->reportReadFailure(choices.message());
    if (!stored)
        dialog.enableSaveAndNew();
    notePeriodOf(dialog);
    if (m_dialogExtra)
        m_dialogExtra(dialog, stored);
}

void ActivityTab::chooseImportFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import %1").arg(m_spec.pluralName().toLower()), QString(),
                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool ActivityTab::importFile(const QString& path) {
    const auto read = [this](const QByteArray& bytes) {
        return RegisterCsv::read(m_document->repository(), m_spec, m_municipalityId, bytes);
    };
    const QString plural = m_spec.pluralName().toLower();
    return CsvImportDialog::importFile(m_document, path, read,
                                       tr("Import %1 from %2").arg(plural, QFileInfo(path).fileName()),
                                       tr("Import of %1").arg(plural), this);
}

void ActivityTab::refreshSummary() {
    auto progress = TargetProgress::ofPeriod(m_document->repository(), m_periodId, m_spec.table);
    if (!progress) {
        m_document->reportReadFailure(progress.message());
        return;
    }
    QStringList lines;
    for (const TargetProgress::Progress& target : *progress)
        lines << TargetProgress::summary(target);
    if (lines.isEmpty())
        lines
            << tr("No target of this period counts %1: choose them under “Counted from” of a promise's "
                  "target.")
                   .arg(PromiseRegisters::targets().field(targets::source).codeLabel(m_spec.table).toLower());
    m_summary->setText(lines.join(u'\n'));
}

} // namespace lk
