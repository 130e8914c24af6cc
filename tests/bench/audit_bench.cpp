// Audit log benchmark: a file whose log has grown to 100,000 rows (two years, four users, changes to
// promises, status reports and meetings), and how long the change log takes to open, to filter, to scroll
// and to export as CSV, in the model and in the dialog itself. Prints each figure.
//   build/bin/audit_bench [ROWS]
#include "benchsupport.h"
#include "db/transaction.h"
#include "document/document.h"
#include "io/templates.h"
#include "privacy/auditexport.h"
#include "privacy/auditlog.h"
#include "privacy/auditlogdialog.h"
#include "privacy/auditlogmodel.h"
#include "privacy/auditquery.h"
#include "promises/promiseregisters.h"

#include <QApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace lk;
using namespace lk::bench;

namespace {

QTextStream out(stdout);

// Rows as AuditLog writes them, for records that exist, spread evenly over 2021–2022; the rare user
// ("vikarie") made one row in a hundred.
void fill(const Repository& repository, int rows) {
    const QList<Record> promises = must(repository.list(PromiseRegisters::promises()), "promises");
    const QStringList users{QStringLiteral("samordnare"), QStringLiteral("kommunpolis"),
                            QStringLiteral("omradespolis")};
    const QDateTime start(QDate(2021, 1, 1), QTime(8, 0), Qt::UTC);
    const qint64 span = start.secsTo(QDateTime(QDate(2022, 12, 31), QTime(17, 0), Qt::UTC));
    Transaction transaction(repository.database());
    for (int i = 0; i < rows; ++i) {
        const Record& promise = promises.at(i % promises.size());
        Record changed = promise;
        changed.values.insert(QStringLiteral("report_text"),
                              QStringLiteral("Läget i vecka %1: %2 möten.").arg(i % 52).arg(i));
        const QString when = start.addSecs(span * i / rows).toString(Qt::ISODateWithMs);
        const QString user = i % 100 == 0 ? QStringLiteral("vikarie") : users.at(i % users.size());
        const QString table = i % 3 == 0 ? QStringLiteral("promise_statuses") : QStringLiteral("promises");
        must(
            sql::run(
                repository.database(),
                QStringLiteral("INSERT INTO audit_log (changed_at, user_name, action, table_name, "
                               "record_uuid, old_values, new_values) VALUES (?, ?, 'update', ?, ?, ?, ?)"),
                {when, user, table, promise.uuid, AuditLog::valuesJson(PromiseRegisters::promises(), promise),
                 AuditLog::valuesJson(PromiseRegisters::promises(), changed)}),
            "audit row");
    }
    must(transaction.commit(), "commit");
}

void line(const QString& what, double ms, const QString& note = {}) {
    out << QStringLiteral("  %1 %2 ms%3\n")
               .arg(what, -44)
               .arg(ms, 8, 'f', 1)
               .arg(note.isEmpty() ? QString() : QStringLiteral("  (") + note + u')');
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("logg.sqlite"));
    auto database = must(Templates::createFile(path, Templates::defaultName()), "create");
    const double filling = timed([&] { fill(Repository(database->connection()), rows); });
    Document document(std::move(database));
    const QSqlDatabase db = document.database().connection();
    const qint64 total = must(AuditQuery(db, {}).count(), "count");
    out << "Audit log benchmark: " << total << " audit rows\n";
    line(QStringLiteral("fill"), filling);

    // What the dialog reads before it shows: the filter's choices and the first page.
    line(QStringLiteral("users, registers and first day"), timed([&] {
             must(AuditQuery::users(db), "users");
             must(AuditQuery::tables(db), "tables");
             must(AuditQuery::firstDay(db), "first day");
         }));
    AuditLogModel* model = nullptr;
    line(QStringLiteral("model: count and first page"), timed([&] { model = new AuditLogModel(&document); }));
    double ms = timed([&] {
        for (int i = 0; i < 10; ++i)
            model->fetchMore({});
    });
    line(QStringLiteral("model: 10 more pages while scrolling"), ms,
         QStringLiteral("%1 rows loaded").arg(model->rowCount()));
    const QList<std::pair<QString, AuditQuery::Filter>> filters{
        {QStringLiteral("filter: one month"), {QDate(2022, 3, 1), QDate(2022, 3, 31), {}, {}}},
        {QStringLiteral("filter: the rare user (1 %)"), {{}, {}, QStringLiteral("vikarie"), {}}},
        {QStringLiteral("filter: one register"), {{}, {}, {}, QStringLiteral("promise_statuses")}},
        {QStringLiteral("filter: user, register and a month"),
         {QDate(2022, 3, 1), QDate(2022, 3, 31), QStringLiteral("vikarie"), QStringLiteral("promises")}},
    };
    for (const auto& [what, filter] : filters) {
        ms = timed([&] { model->setFilter(filter); });
        line(what, ms, QStringLiteral("%1 rows").arg(model->totalCount()));
    }
    delete model;

    AuditLogDialog* dialog = nullptr;
    line(QStringLiteral("dialog: open, shown"), timed([&] {
             dialog = new AuditLogDialog(&document);
             dialog->show();
             QApplication::processEvents();
         }));
    delete dialog;

    const QString csv = dir.filePath(QStringLiteral("logg.csv"));
    qint64 written = 0;
    ms = timed([&] { written = must(AuditExport::write(db, {}, csv), "export"); });
    line(QStringLiteral("export: every row to CSV"), ms,
         QStringLiteral("%1 rows, %2 MB, %3 rows/s")
             .arg(written)
             .arg(double(QFileInfo(csv).size()) / 1e6, 0, 'f', 1)
             .arg(written / ms * 1000, 0, 'f', 0));
    ms = timed([&] { written = must(AuditExport::write(db, filters.at(0).second, csv), "export"); });
    line(QStringLiteral("export: one month"), ms, QStringLiteral("%1 rows").arg(written));
    return 0;
}
