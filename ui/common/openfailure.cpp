#include "common/openfailure.h"

#include "db/backups.h"
#include "register/registry.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace lk {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::OpenFailure)
};
} // namespace

OpenFailure::Answer OpenFailure::ask(QWidget* parent, const QString& path, const Error& error) {
    QMessageBox box(QMessageBox::Warning, Text::tr("The file was not opened"), error.message,
                    QMessageBox::NoButton, parent);
    QPushButton* readOnly = nullptr;
    QPushButton* newest = nullptr;
    QString backup;
    if (error.cause == Error::Cause::HeldByAnother) {
        box.setInformativeText(Text::tr("You can open it read-only here: you see what is saved, but cannot "
                                        "change anything."));
        readOnly = box.addButton(Text::tr("Open &read-only"), QMessageBox::AcceptRole);
    } else if (error.cause != Error::Cause::ReadOnly) {
        // A file that does not open (damaged, cut short, deleted) may still have its backups beside it.
        auto backups = Backups::list(path);
        if (backups && !backups->isEmpty()) {
            const Backups::Entry& entry = backups->first();
            backup = entry.path;
            auto records = Backups::recordCount(entry.path, Registry::tables());
            const QString when = QLocale().toString(entry.madeAt, QStringLiteral("yyyy-MM-dd HH:mm"));
            box.setInformativeText(
                (records ? Text::tr("The newest backup is from %1 and holds %2 records.")
                               .arg(when, QLocale().toString(*records))
                         : Text::tr("The newest backup is from %1.").arg(when)) +
                QLatin1Char(' ') +
                Text::tr("Restoring it puts it in the place of this file; the file itself is kept beside it "
                         "under a new name, so nothing is deleted."));
            newest = box.addButton(Text::tr("&Restore the newest backup"), QMessageBox::AcceptRole);
        }
    }
    box.addButton(readOnly || newest ? QMessageBox::Cancel : QMessageBox::Ok);
    box.exec();
    if (readOnly && box.clickedButton() == readOnly)
        return {Choice::ReadOnly, {}};
    if (newest && box.clickedButton() == newest)
        return {Choice::NewestBackup, backup};
    return {};
}

} // namespace lk
