// AccessRules: who may read and write what on a server, enforced by PostgreSQL itself (owner and group roles,
// privileges, forced row-level security, the audit log's stamp), made from the register descriptions.
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace lk {

class AccessRules {
public:
    // The non-login role that owns every table, and the three group roles a person's login joins.
    static QString ownerRole() { return QStringLiteral("lk_owner"); }
    // The group role of a role's code (samordnare, polis, lasare); empty for any other code.
    static QString groupOf(const QString& role);
    static QStringList roles();
    // The table of (login, municipality) pairs that the policies read and only the owner writes.
    static QString accessTable() { return QStringLiteral("lk_access"); }

    // The migration step "access_rules": on a server, makes the roles (once per cluster), gives the tables
    // to the owner role, grants each group what its work needs, forces row-level security with one policy
    // per table and stamps every audit row with the login and the server's time. Run again by a later
    // migration that adds a table. A file has no logins: nothing is done there.
    static Status install(const QSqlDatabase& db);

    // The tables whose rows belong to a municipality, and the access and audit tables: each must have
    // row-level security enabled and forced.
    static QStringList protectedTables();
    // Those of them that lack it on this server (`check --server`); empty on a file.
    static Result<QStringList> unprotected(const QSqlDatabase& db);
};

} // namespace lk
