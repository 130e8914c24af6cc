#include "promises/scopebar.h"

#include "common/isodate.h"
#include "common/noticebar.h"
#include "common/recorddialog.h"
#include "common/removal.h"
#include "document/document.h"
#include "promises/periodcopier.h"
#include "promises/promiseregisters.h"

#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDate>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace lk {

namespace {

constexpr int UuidRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;

const QStringList municipalityFields{municipalities::name, municipalities::policeArea};
const QStringList periodFields{periods::name, periods::startDate, periods::endDate};

// The period a user most likely wants: the one running today, else the latest.
int preferredPeriod(const QList<Record>& periods) {
    const QDate today = QDate::currentDate();
    for (int i = 0; i < periods.size(); ++i) {
        if (periods.at(i).value(periods::startDate).toDate() <= today &&
            today <= periods.at(i).value(periods::endDate).toDate())
            return i;
    }
    return int(periods.size()) - 1;
}

// The period last used with a file is kept per file on this computer, not in the file: the coordinator and
// the police contact may share a file and each work in their own municipality.
QString periodKey(const QString& path) {
    const QByteArray file = QFileInfo(path).absoluteFilePath().toUtf8();
    return QStringLiteral("scope/") +
           QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha1).toHex());
}

} // namespace

ScopeBar::ScopeBar(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_municipality(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_manage(new QToolButton(this))
    , m_notice(new NoticeBar(this)) {
    m_municipality->setObjectName(QStringLiteral("municipality"));
    m_period->setObjectName(QStringLiteral("period"));
    m_municipality->setPlaceholderText(tr("No municipality yet"));
    m_period->setPlaceholderText(tr("No period yet"));
    m_municipality->setMinimumContentsLength(18);
    m_period->setMinimumContentsLength(30);
    m_municipality->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QHBoxLayout;
    rows->addLayout(layout);
    rows->addWidget(m_notice);
    auto* municipalityLabel = new QLabel(tr("&Municipality:"), this);
    municipalityLabel->setBuddy(m_municipality);
    auto* periodLabel = new QLabel(tr("Perio&d:"), this);
    periodLabel->setBuddy(m_period);
    layout->addWidget(municipalityLabel);
    layout->addWidget(m_municipality);
    layout->addSpacing(12);
    layout->addWidget(periodLabel);
    layout->addWidget(m_period);
    layout->addWidget(m_manage);
    layout->addStretch();

    auto add = [this](const QString& text, void (ScopeBar::*slot)()) {
        auto* action = new QAction(text, this);
        connect(action, &QAction::triggered, this, slot);
        m_actions.append(action);
        return action;
    };
    add(tr("New municipality…"), &ScopeBar::newMunicipality);
    m_editMunicipality = add(tr("Edit municipality…"), &ScopeBar::editMunicipality);
    m_deleteMunicipality = add(tr("Delete municipality…"), &ScopeBar::deleteMunicipality);
    m_actions.append(new QAction(this));
    m_actions.last()->setSeparator(true);
    m_newPeriod = add(tr("New period…"), &ScopeBar::newPeriod);
    m_editPeriod = add(tr("Edit period…"), &ScopeBar::editPeriod);
    m_copyPeriod = add(tr("Copy period into a new one…"), &ScopeBar::copyPeriod);
    m_deletePeriod = add(tr("Delete period…"), &ScopeBar::deletePeriod);

    auto* menu = new QMenu(this);
    menu->addActions(m_actions);
    m_manage->setText(tr("Manage"));
    m_manage->setMenu(menu);
    m_manage->setPopupMode(QToolButton::InstantPopup);
    m_manage->setToolButtonStyle(Qt::ToolButtonTextOnly);

    connect(m_municipality, &QComboBox::currentIndexChanged, this, [this] { loadPeriods({}); });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updateActions();
        rememberPeriod();
        emit periodChanged(periodId());
    });
    connect(m_document, &Document::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(PromiseRegisters::municipalities().table))
            loadMunicipalities(m_municipality->currentData(UuidRole).toString());
        else if (tables.contains(PromiseRegisters::periods().table))
            loadPeriods(periodUuid());
    });
    // The period last worked in, on this computer, with this file: the municipality follows.
    const QString last = rememberedPeriod();
    loadMunicipalities({});
    if (!last.isEmpty())
        selectPeriod(last);
}

qint64 ScopeBar::periodId() const {
    return m_period->currentData(IdRole).toLongLong();
}
QString ScopeBar::periodUuid() const {
    return m_period->currentData(UuidRole).toString();
}
qint64 ScopeBar::municipalityId() const {
    return m_municipality->currentData(IdRole).toLongLong();
}

QString ScopeBar::municipalityName() const {
    return m_municipality->currentText();
}

void ScopeBar::selectPeriod(const QString& uuid) {
    auto period = m_document->repository().find(PromiseRegisters::periods(), uuid);
    if (!period || !*period)
        return;
    const int municipality = m_municipality->findData((*period)->value(periods::municipalityId), IdRole);
    if (municipality >= 0 && municipality != m_municipality->currentIndex())
        m_municipality->setCurrentIndex(municipality);
    const int index = m_period->findData(uuid, UuidRole);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

void ScopeBar::loadMunicipalities(const QString& keepUuid) {
    auto municipalities = m_document->repository().list(PromiseRegisters::municipalities());
    if (!municipalities)
        m_document->reportReadFailure(municipalities.message());
    {
        const QSignalBlocker blocker(m_municipality);
        m_municipality->clear();
        if (municipalities) {
            for (const Record& record : *municipalities) {
                m_municipality->addItem(record.value(municipalities::name).toString());
                m_municipality->setItemData(m_municipality->count() - 1, record.uuid, UuidRole);
                m_municipality->setItemData(m_municipality->count() - 1, record.id, IdRole);
            }
        }
        m_municipality->setCurrentIndex(std::max(0, m_municipality->findData(keepUuid, UuidRole)));
    }
    loadPeriods(periodUuid());
}

void ScopeBar::loadPeriods(const QString& keepUuid) {
    const qint64 before = periodId();
    auto periods =
        m_document->repository().list(PromiseRegisters::periods(), periods::municipalityId, municipalityId());
    if (!periods)
        m_document->reportReadFailure(periods.message());
    {
        const QSignalBlocker blocker(m_period);
        m_period->clear();
        if (periods && municipalityId() > 0) {
            for (const Record& record : *periods) {
                m_period->addItem(tr("%1 (%2 – %3)")
                                      .arg(record.value(periods::name).toString(),
                                           isoDate(record.value(periods::startDate).toDate()),
                                           isoDate(record.value(periods::endDate).toDate())));
                m_period->setItemData(m_period->count() - 1, record.uuid, UuidRole);
                m_period->setItemData(m_period->count() - 1, record.id, IdRole);
            }
            const int kept = m_period->findData(keepUuid, UuidRole);
            m_period->setCurrentIndex(kept >= 0 ? kept : preferredPeriod(*periods));
        }
    }
    updateActions();
    noticeLastPeriodOver(periods ? *periods : QList<Record>());
    if (periodId() != before) {
        rememberPeriod();
        emit periodChanged(periodId());
    }
}

void ScopeBar::noticeLastPeriodOver(const QList<Record>& periods) {
    const QDate today = QDate::currentDate();
    const Record* latest = nullptr;
    for (const Record& period : periods) {
        if (!latest || period.value(periods::endDate).toDate() > latest->value(periods::endDate).toDate())
            latest = &period;
    }
    if (!latest || latest->value(periods::endDate).toDate() >= today || m_document->isReadOnly()) {
        m_notice->hide();
        return;
    }
    const QString uuid = latest->uuid;
    m_notice->say(tr("Today, %1, lies after every period of %2: the latest, %3, ended %4.")
                      .arg(isoDate(today), m_municipality->currentText(),
                           latest->value(periods::name).toString(),
                           isoDate(latest->value(periods::endDate).toDate())),
                  tr("Start the next period…"), [this, uuid] {
                      selectPeriod(uuid);
                      copyPeriod();
                  });
}

void ScopeBar::rememberPeriod() const {
    if (!periodUuid().isEmpty())
        QSettings().setValue(periodKey(m_document->path()), periodUuid());
}

QString ScopeBar::rememberedPeriod() const {
    return QSettings().value(periodKey(m_document->path())).toString();
}

void ScopeBar::updateActions() {
    const bool editable = !m_document->isReadOnly();
    const bool hasMunicipality = municipalityId() > 0;
    const bool hasPeriod = periodId() > 0;
    m_actions.first()->setEnabled(editable);
    m_editMunicipality->setEnabled(editable && hasMunicipality);
    m_deleteMunicipality->setEnabled(editable && hasMunicipality);
    m_newPeriod->setEnabled(editable && hasMunicipality);
    m_editPeriod->setEnabled(editable && hasPeriod);
    m_copyPeriod->setEnabled(editable && hasPeriod);
    m_deletePeriod->setEnabled(editable && hasPeriod);
}

void ScopeBar::newMunicipality() {
    RecordDialog dialog(m_document, PromiseRegisters::municipalities(), municipalityFields, {}, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    loadMunicipalities(dialog.savedUuid());
    // A municipality without a period shows nothing yet; its first period is the natural next step.
    newPeriod();
}

void ScopeBar::editMunicipality() {
    RecordDialog::editExisting(m_document, PromiseRegisters::municipalities(), municipalityFields,
                               m_municipality->currentData(UuidRole).toString(), this);
}

void ScopeBar::deleteMunicipality() {
    Removal::confirmAndRemove(this, m_document, PromiseRegisters::municipalities(),
                              m_municipality->currentData(UuidRole).toString(),
                              m_municipality->currentText());
}

void ScopeBar::newPeriod() {
    const int year = QDate::currentDate().year();
    const QVariantMap initial{{periods::name, tr("%1–%2").arg(year).arg(year + 1)},
                              {periods::startDate, QDate(year, 1, 1)},
                              {periods::endDate, QDate(year + 1, 12, 31)}};
    RecordDialog dialog(m_document, PromiseRegisters::periods(), periodFields, initial,
                        {{periods::municipalityId, municipalityId()}}, this);
    if (dialog.exec() == QDialog::Accepted)
        selectPeriod(dialog.savedUuid());
}

void ScopeBar::editPeriod() {
    RecordDialog::editExisting(m_document, PromiseRegisters::periods(), periodFields, periodUuid(), this);
}

void ScopeBar::copyPeriod() {
    auto source = m_document->repository().find(PromiseRegisters::periods(), periodUuid());
    if (!source || !*source)
        return;
    // The next period of the same length, starting the day after this one ends: 2021–2022 gives 2023–2024.
    const QDate oldStart = (*source)->value(periods::startDate).toDate();
    const QDate oldEnd = (*source)->value(periods::endDate).toDate();
    const QDate start = oldEnd.addDays(1);
    const int months = (start.year() - oldStart.year()) * 12 + start.month() - oldStart.month();
    const QDate end = start.day() == oldStart.day() ? start.addMonths(months).addDays(-1)
                                                    : start.addDays(oldStart.daysTo(oldEnd));
    const QString name = start.year() == end.year() ? QString::number(start.year())
                                                    : tr("%1–%2").arg(start.year()).arg(end.year());
    RecordDialog dialog(m_document, PromiseRegisters::periods(), periodFields,
                        {{periods::name, name}, {periods::startDate, start}, {periods::endDate, end}}, {},
                        this);
    dialog.setWindowTitle(tr("Copy %1 into a new period").arg((*source)->value(periods::name).toString()));
    const QString sourceUuid = periodUuid();
    dialog.setSave([this, sourceUuid](const Record& entered) -> Result<QString> {
        auto changes = PeriodCopier::copy(
            m_document->repository(), sourceUuid, entered.value(periods::name).toString(),
            entered.value(periods::startDate).toDate(), entered.value(periods::endDate).toDate());
        if (!changes)
            return changes.error();
        auto applied = m_document->perform(*changes, tr("Copy period"));
        if (!applied)
            return applied.error();
        return applied->rows.first().after->uuid;
    });
    if (dialog.exec() == QDialog::Accepted)
        selectPeriod(dialog.savedUuid());
}

void ScopeBar::deletePeriod() {
    Removal::confirmAndRemove(this, m_document, PromiseRegisters::periods(), periodUuid(),
                              m_period->currentText());
}

} // namespace lk
