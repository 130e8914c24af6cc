// BackupSettingsDialog: how often a backup is made while the file changes, and how many are kept. Stored in
// the user's settings, so they hold for every file this account opens.
#pragma once

#include <QDialog>

class QSpinBox;

namespace lk {

class BackupSettingsDialog : public QDialog {
    Q_OBJECT
public:
    struct Values {
        int minutes = 15; // after the first change, a backup this many minutes later
        int latest = 10;  // the newest backups always kept
        int months = 12;  // and the newest of each of this many months
    };

    // As stored, or the defaults.
    static Values stored();
    static void store(const Values& values);

    explicit BackupSettingsDialog(const Values& values, QWidget* parent = nullptr);
    Values values() const;

private:
    QSpinBox* m_minutes;
    QSpinBox* m_latest;
    QSpinBox* m_months;
};

} // namespace lk
