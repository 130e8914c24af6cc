#include "common/backupsettingsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lk {

namespace {
const QString minutesKey = QStringLiteral("backupMinutes");
const QString latestKey = QStringLiteral("backupKeepLatest");
const QString monthsKey = QStringLiteral("backupKeepMonths");

QSpinBox* spinBox(int minimum, int maximum, int value, const QString& suffix, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}
} // namespace

BackupSettingsDialog::Values BackupSettingsDialog::stored() {
    const QSettings settings;
    const Values defaults;
    // A hand-edited settings file with 0 or less falls back to the default rather than never backing up.
    const auto read = [&settings](const QString& key, int fallback, int minimum) {
        const int value = settings.value(key, fallback).toInt();
        return value >= minimum ? value : fallback;
    };
    return {read(minutesKey, defaults.minutes, 1), read(latestKey, defaults.latest, 1),
            read(monthsKey, defaults.months, 0)};
}

void BackupSettingsDialog::store(const Values& values) {
    QSettings settings;
    settings.setValue(minutesKey, values.minutes);
    settings.setValue(latestKey, values.latest);
    settings.setValue(monthsKey, values.months);
}

BackupSettingsDialog::BackupSettingsDialog(const Values& values, QWidget* parent)
    : QDialog(parent)
    , m_minutes(spinBox(1, 240, values.minutes, tr(" min"), this))
    , m_latest(spinBox(1, 100, values.latest, tr(" copies"), this))
    , m_months(spinBox(0, 60, values.months, tr(" months"), this)) {
    setWindowTitle(tr("Backups"));
    m_minutes->setObjectName(QStringLiteral("backupMinutes"));
    m_latest->setObjectName(QStringLiteral("backupKeepLatest"));
    m_months->setObjectName(QStringLiteral("backupKeepMonths"));

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("A backup is a whole copy of the file in the folder “backups” beside it. One is made when you "
           "close the file after changes, and one a while after the first change while you work."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->addRow(tr("Back up &after the first change:"), m_minutes);
    form->addRow(tr("&Keep the newest:"), m_latest);
    form->addRow(tr("And one a &month for:"), m_months);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

BackupSettingsDialog::Values BackupSettingsDialog::values() const {
    return {m_minutes->value(), m_latest->value(), m_months->value()};
}

} // namespace lk
