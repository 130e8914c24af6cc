#include "common/restoredialog.h"

#include "common/screenfit.h"
#include "register/registry.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace lk {

RestoreDialog::RestoreDialog(const QList<Backups::Entry>& backups, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this)) {
    setWindowTitle(tr("Restore from a backup"));
    m_list->setObjectName(QStringLiteral("backups"));
    const QLocale locale;
    for (const Backups::Entry& backup : backups) {
        auto records = Backups::recordCount(backup.path, Registry::tables());
        const QString text =
            records ? tr("%1 – %n record(s), %2 kB", "", int(*records))
                          .arg(backup.madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                               locale.toString(backup.bytes / 1024))
                    : tr("%1 – cannot be read: %2")
                          .arg(backup.madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), records.message());
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, backup.path);
        // A backup that does not open is shown, to explain it, but cannot be chosen.
        if (!records)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    if (m_list->count() > 0 && (m_list->item(0)->flags() & Qt::ItemIsEnabled))
        m_list->setCurrentRow(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(!chosen().isEmpty());
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this, restore] { restore->setEnabled(!chosen().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* note = new QLabel(tr("The file open now is kept as a new backup before it is replaced."), this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(screenFit(this, QSize(520, 380)));
}

QString RestoreDialog::chosen() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item && (item->flags() & Qt::ItemIsEnabled) ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace lk
