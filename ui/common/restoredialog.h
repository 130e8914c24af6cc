// RestoreDialog: Arkiv > Återställ från säkerhetskopia…: the file's backups, newest first, each with its
// date, how many records it holds and its size, so that the user sees what going back means before choosing
// one.
#pragma once

#include "db/backups.h"

#include <QDialog>

class QListWidget;

namespace lk {

class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    RestoreDialog(const QList<Backups::Entry>& backups, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    // The backup chosen, or empty.
    QString chosen() const;

private:
    QListWidget* m_list;
};

} // namespace lk
