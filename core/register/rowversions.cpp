#include "register/rowversions.h"

#include "db/engine.h"
#include "db/sql.h"
#include "register/registry.h"

#include <QSqlRecord>

namespace lk::RowVersions {

Status install(const QSqlDatabase& db) {
    const bool server = engineOf(db) == Engine::Postgres;
    if (server) {
        // After the row is written, in its transaction: the notification goes out only if it commits.
        const QString function =
            QStringLiteral(
                "CREATE OR REPLACE FUNCTION lk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
                "BEGIN "
                "IF TG_OP = 'DELETE' THEN PERFORM pg_notify('%1', TG_TABLE_NAME || ' ' || OLD.uuid); "
                "ELSE PERFORM pg_notify('%1', TG_TABLE_NAME || ' ' || NEW.uuid); END IF; "
                "RETURN NULL; "
                "END $$")
                .arg(QString::fromUtf16(channel));
        if (auto made = sql::run(db, function); !made)
            return made.error();
    }
    for (const RegisterSpec* spec : Registry::all()) {
        // Table names come from the register descriptions, never from user text. A table that has the
        // column already (a test's file made for an older version and filled by this one) keeps it.
        if (!db.record(spec->table).contains(QStringLiteral("version"))) {
            if (auto added =
                    sql::run(db, QStringLiteral("ALTER TABLE ") + spec->table +
                                     QStringLiteral(" ADD COLUMN version BIGINT NOT NULL DEFAULT 1"));
                !added)
                return added.error();
        }
        if (!server)
            continue;
        if (auto made = sql::run(
                db, QStringLiteral("CREATE OR REPLACE TRIGGER lk_notify_change AFTER INSERT OR "
                                   "UPDATE OR DELETE ON ") +
                        spec->table + QStringLiteral(" FOR EACH ROW EXECUTE FUNCTION lk_notify_change()"));
            !made)
            return made.error();
    }
    return {};
}

} // namespace lk::RowVersions
