#include "cli/servercheck.h"

#include "db/database.h"
#include "db/migrator.h"
#include "privacy/accessrules.h"

#include <QCoreApplication>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::ServerCheck)
};

} // namespace

bool ServerCheck::report(const Database& database, QTextStream& out, QTextStream& err) {
    const QString server = database.path();
    auto version = Migrator::currentVersion(database.connection());
    auto missing = AccessRules::unprotected(database.connection());
    if (!version || !missing) {
        err << Text::tr("%1 could not be checked: %2")
                   .arg(server, !version ? version.message() : missing.message())
            << '\n';
        return false;
    }
    out << Text::tr("%1 holds Löfteskollen's tables at version %2 (this program's is %3).")
               .arg(server)
               .arg(*version)
               .arg(Migrator::latestVersion())
        << '\n';
    if (missing->isEmpty()) {
        out << Text::tr("Row-level security is enabled and forced on all %n table(s) that need it.", "",
                        int(AccessRules::protectedTables().size()))
            << '\n';
        return true;
    }
    err << Text::tr("Row-level security is not enabled and forced on %n table(s), so every login with access "
                    "to them reads all municipalities' rows: %1.",
                    "", int(missing->size()))
               .arg(missing->join(QStringLiteral(", ")))
        << '\n'
        << Text::tr(
               "Nothing was changed. Ask the server's administrator to run, for each of them: ALTER TABLE "
               "name ENABLE ROW LEVEL SECURITY; ALTER TABLE name FORCE ROW LEVEL SECURITY;")
        << '\n';
    return false;
}

} // namespace lk
