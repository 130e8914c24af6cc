#include "privacy/accessrules.h"

#include "db/engine.h"
#include "db/sql.h"
#include "og/ogregisters.h"
#include "police/policeregisters.h"
#include "promises/promiseregisters.h"
#include "register/commonnames.h"
#include "register/registry.h"
#include "tobacco/tobaccoregisters.h"

#include <QCoreApplication>
#include <QSet>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::AccessRules)
};

const QString samordnare = QStringLiteral("lk_samordnare");
const QString polis = QStringLiteral("lk_polis");
const QString lasare = QStringLiteral("lk_lasare");
const QString audit = QStringLiteral("audit_log");
const QString searchIndex = QStringLiteral("search_index");

QString groups() {
    return QStringList{samordnare, polis, lasare}.join(QStringLiteral(", "));
}

// Operativa gruppen's records: the case data about young people that a reader never sees.
QSet<QString> caseTables() {
    QSet<QString> tables;
    for (const RegisterSpec* spec :
         {&OgRegisters::meetings(), &OgRegisters::attendance(), &OgRegisters::cases(),
          &OgRegisters::caseNotes(), &OgRegisters::actionItems()})
        tables << spec->table;
    return tables;
}

// What the police contact writes: the police's own registers and Operativa gruppen.
QSet<QString> policeTables() {
    QSet<QString> tables = caseTables();
    for (const RegisterSpec* spec :
         {&PoliceRegisters::units(), &PoliceRegisters::visits(), &PoliceRegisters::drugOperations(),
          &PoliceRegisters::trafficControls(), &PoliceRegisters::informationEfforts()})
        tables << spec->table;
    return tables;
}

// The condition a row of `spec` meets when its municipality is one the login was granted: the register's
// own way to its municipality (directly, or through the records that own it), with the granted ones in
// place of the one bound value. Rows of an owner are read under the owner's own policy, which is the same.
QString grantedCondition(const RegisterSpec& spec) {
    const QString granted = QStringLiteral(
        "IN (SELECT lk_access.municipality_id FROM lk_access WHERE lk_access.login = current_user)");
    if (spec.table == PromiseRegisters::municipalities().table)
        return QStringLiteral("id ") + granted;
    QString condition = spec.municipalityCondition(spec.table);
    condition.replace(QStringLiteral("= ?"), granted);
    return condition;
}

QStringList roleStatements() {
    QStringList made;
    for (const QString& role : {AccessRules::ownerRole(), samordnare, polis, lasare})
        made << QStringLiteral("IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN "
                               "CREATE ROLE %1 NOLOGIN; END IF;")
                    .arg(role);
    // Roles belong to the whole cluster, so a second database on it finds them made. The one who sets up
    // (an administrator who may make roles, or the superuser) joins the owner role, to run later migrations.
    return {QStringLiteral("DO $$ BEGIN %1 END $$").arg(made.join(u' ')),
            QStringLiteral("DO $$ BEGIN IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) "
                           "AND NOT pg_has_role(session_user, 'lk_owner', 'MEMBER') THEN "
                           "EXECUTE format('GRANT lk_owner TO %I', session_user); END IF; END $$")};
}

QStringList accessTableStatements() {
    return {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS lk_access (login TEXT NOT NULL, municipality_id BIGINT NOT "
            "NULL REFERENCES municipalities (id) ON DELETE CASCADE, PRIMARY KEY (login, "
            "municipality_id))"),
        // Who shares a municipality with the login: the audit rows it may read. Runs as the owner, which
        // reads every grant; the caller learns only the logins of its own municipalities.
        QStringLiteral("CREATE OR REPLACE FUNCTION lk_colleagues() RETURNS SETOF TEXT LANGUAGE sql STABLE "
                       "SECURITY DEFINER SET search_path = public AS $$ SELECT DISTINCT other.login FROM "
                       "lk_access mine JOIN lk_access other ON other.municipality_id = mine.municipality_id "
                       "WHERE mine.login = session_user $$"),
        // The audit row's who and when are the server's: the login and the time of the statement, whatever
        // the program sent.
        QStringLiteral("CREATE OR REPLACE FUNCTION lk_audit_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "BEGIN NEW.user_name := session_user; NEW.changed_at := "
                       "to_char(statement_timestamp() AT TIME ZONE 'UTC', "
                       "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'); RETURN NEW; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS lk_audit_stamp ON audit_log"),
        QStringLiteral("CREATE TRIGGER lk_audit_stamp BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE "
                       "FUNCTION lk_audit_stamp()"),
    };
}

// Thinning (gallring) and deleting a record take what its fields about a person held out of the audit log,
// which no group may update: this function, run as the owner, does only that. It nulls the fields the
// register descriptions mark as about a person, in the rows of one record (`field` uuid) or of the records
// whose values named `field` = `value`, and changes nothing else.
QString forgetFunction() {
    QStringList cases;
    for (const RegisterSpec* spec : Registry::all()) {
        QStringList fields;
        for (const FieldSpec& field : spec->fields)
            if (field.aboutPerson)
                fields << QStringLiteral("'%1'").arg(field.name);
        if (!fields.isEmpty())
            cases << QStringLiteral("WHEN '%1' THEN ARRAY[%2]")
                         .arg(spec->table, fields.join(QStringLiteral(", ")));
    }
    const QString without = QStringLiteral(
        "CASE WHEN %1 IS NULL THEN NULL ELSE COALESCE((SELECT jsonb_object_agg(key, CASE WHEN key = "
        "ANY(fields) THEN 'null'::jsonb ELSE value END) FROM jsonb_each(%1::jsonb))::text, '{}') END");
    return QStringLiteral(
               "CREATE OR REPLACE FUNCTION lk_audit_forget(p_table TEXT, p_field TEXT, p_value TEXT) "
               "RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ "
               "DECLARE fields TEXT[] := CASE p_table %1 ELSE ARRAY[]::TEXT[] END; "
               "BEGIN IF cardinality(fields) = 0 THEN RETURN; END IF; "
               "UPDATE audit_log SET old_values = %2, new_values = %3 WHERE table_name = p_table AND "
               "CASE WHEN p_field = 'uuid' THEN record_uuid = p_value "
               "ELSE (old_values::jsonb ->> p_field = p_value OR new_values::jsonb ->> p_field = p_value) "
               "END; "
               "END $$")
        .arg(cases.join(u' '), without.arg(QStringLiteral("old_values")),
             without.arg(QStringLiteral("new_values")));
}

// Every table to the owner role, with nothing granted to anyone yet: what follows grants it afresh.
QStringList ownerStatements() {
    // A table's new owner must be able to create in its schema (PostgreSQL 15 lets only the database's
    // owner do so in public); granted by the one who sets up, who owns the database or is the superuser.
    return {QStringLiteral("GRANT USAGE, CREATE ON SCHEMA public TO lk_owner"),
            QStringLiteral(
                "DO $$ DECLARE t record; BEGIN FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = "
                "'public' LOOP EXECUTE format('ALTER TABLE %I OWNER TO lk_owner', t.tablename); "
                "EXECUTE format('REVOKE ALL ON %I FROM PUBLIC, lk_samordnare, lk_polis, lk_lasare', "
                "t.tablename); "
                "END LOOP; END $$"),
            QStringLiteral("ALTER FUNCTION lk_colleagues() OWNER TO lk_owner"),
            QStringLiteral("REVOKE ALL ON FUNCTION lk_colleagues() FROM PUBLIC"),
            QStringLiteral("GRANT EXECUTE ON FUNCTION lk_colleagues() TO lk_samordnare, lk_polis"),
            forgetFunction(),
            QStringLiteral("ALTER FUNCTION lk_audit_forget(TEXT, TEXT, TEXT) OWNER TO lk_owner"),
            QStringLiteral("REVOKE ALL ON FUNCTION lk_audit_forget(TEXT, TEXT, TEXT) FROM PUBLIC"),
            QStringLiteral("GRANT EXECUTE ON FUNCTION lk_audit_forget(TEXT, TEXT, TEXT) TO lk_samordnare, "
                           "lk_polis")};
}

QStringList grantStatements() {
    const QSet<QString> cases = caseTables();
    const QSet<QString> police = policeTables();
    const QString checklist = TobaccoRegisters::checklistPoints().table;
    const QString municipalities = PromiseRegisters::municipalities().table;
    const QString write = QStringLiteral("SELECT, INSERT, UPDATE, DELETE");
    QStringList grants;
    const auto grant = [&grants](const QString& what, const QString& table, const QString& to) {
        grants << QStringLiteral("GRANT %1 ON %2 TO %3").arg(what, table, to);
    };
    for (const RegisterSpec* spec : Registry::all()) {
        const QString& table = spec->table;
        // The checklist is every municipality's, and a municipality's own row is changed, never made.
        if (table == checklist || table == municipalities) {
            grant(QStringLiteral("SELECT"), table, groups());
            if (table == municipalities)
                grant(QStringLiteral("UPDATE"), table, samordnare);
            continue;
        }
        grant(write, table, samordnare);
        grant(police.contains(table) ? write : QStringLiteral("SELECT"), table, polis);
        if (!cases.contains(table))
            grant(QStringLiteral("SELECT"), table, lasare);
    }
    // A reader counts the meetings a promise asked for, but reads nothing of what they were about.
    grant(QStringLiteral("SELECT (id, uuid, updated_at, %1, %2, %3)")
              .arg(QString(common::municipalityId), QString(common::promiseId), QString(ogMeetings::heldOn)),
          OgRegisters::meetings().table, lasare);
    for (const QString& table : {QStringLiteral("lofteskollen_schema"), QStringLiteral("search_registers"),
                                 QStringLiteral("settings"), AccessRules::accessTable()})
        grant(QStringLiteral("SELECT"), table, groups());
    grant(QStringLiteral("INSERT, UPDATE"), QStringLiteral("settings"), samordnare);
    // The audit log is written by every change and read where the changes are one's own or one's
    // colleagues'; nobody but the owner changes or deletes a row of it.
    grant(QStringLiteral("INSERT"), audit, samordnare + QStringLiteral(", ") + polis);
    grant(QStringLiteral("SELECT"), audit, samordnare + QStringLiteral(", ") + polis);
    // The index is kept by triggers with the owner's rights; a reader, who may not read case text, does not
    // search it at all.
    grant(QStringLiteral("SELECT"), searchIndex, samordnare + QStringLiteral(", ") + polis);
    grants << QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1, %2")
                  .arg(samordnare, polis);
    return grants;
}

QStringList policy(const QString& table, const QString& name, const QString& command, const QString& to,
                   const QString& using_, const QString& check) {
    QString statement = QStringLiteral("CREATE POLICY %1 ON %2 FOR %3 TO %4").arg(name, table, command, to);
    if (!using_.isEmpty())
        statement += QStringLiteral(" USING (%1)").arg(using_);
    if (!check.isEmpty())
        statement += QStringLiteral(" WITH CHECK (%1)").arg(check);
    return {QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(name, table), statement};
}

QStringList securityStatements() {
    QStringList statements;
    for (const QString& table : AccessRules::protectedTables())
        statements << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
                   << QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(table)
                   << policy(table, QStringLiteral("lk_owner_all"), QStringLiteral("ALL"),
                             AccessRules::ownerRole(), QStringLiteral("true"), QStringLiteral("true"));
    for (const RegisterSpec* spec : Registry::all()) {
        if (!AccessRules::protectedTables().contains(spec->table))
            continue;
        const QString condition = grantedCondition(*spec);
        statements << policy(spec->table, QStringLiteral("lk_granted"), QStringLiteral("ALL"), groups(),
                             condition, condition);
    }
    statements << policy(AccessRules::accessTable(), QStringLiteral("lk_own"), QStringLiteral("SELECT"),
                         groups(), QStringLiteral("login = current_user"), QString())
               << policy(audit, QStringLiteral("lk_write"), QStringLiteral("INSERT"), groups(), QString(),
                         QStringLiteral("true"))
               << policy(audit, QStringLiteral("lk_read"), QStringLiteral("SELECT"), groups(),
                         QStringLiteral("user_name = current_user OR user_name IN (SELECT lk_colleagues())"),
                         QString())
               << policy(searchIndex, QStringLiteral("lk_granted"), QStringLiteral("SELECT"), groups(),
                         QStringLiteral("municipality_id IN (SELECT municipality_id FROM %1 WHERE login = "
                                        "current_user)")
                             .arg(AccessRules::accessTable()),
                         QString());
    return statements;
}

} // namespace

QString AccessRules::groupOf(const QString& role) {
    return roles().contains(role) ? QStringLiteral("lk_") + role : QString();
}

QStringList AccessRules::roles() {
    return {QStringLiteral("samordnare"), QStringLiteral("polis"), QStringLiteral("lasare")};
}

QStringList AccessRules::protectedTables() {
    QStringList tables{PromiseRegisters::municipalities().table};
    for (const RegisterSpec* spec : Registry::all())
        if (spec->belongsToMunicipality())
            tables << spec->table;
    // The search index on a server (search/PgTextIndex) holds the searched text of every register's records,
    // case text too, each row with its record's municipality.
    tables << accessTable() << audit << searchIndex;
    return tables;
}

Status AccessRules::install(const QSqlDatabase& db) {
    if (engineOf(db) != Engine::Postgres)
        return {};
    QStringList statements = roleStatements();
    statements << accessTableStatements() << ownerStatements() << grantStatements() << securityStatements();
    for (const QString& statement : std::as_const(statements)) {
        if (auto ran = sql::run(db, statement); !ran)
            return Error{Text::tr("the server's roles and row-level security could not be set up (%1)")
                             .arg(ran.message())};
    }
    return {};
}

Result<QStringList> AccessRules::unprotected(const QSqlDatabase& db) {
    if (engineOf(db) != Engine::Postgres)
        return QStringList();
    auto rows = sql::run(db, QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                            "c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' "
                                            "AND c.relrowsecurity AND c.relforcerowsecurity"));
    if (!rows)
        return rows.error();
    QSet<QString> secured;
    while (rows->next())
        secured << rows->value(0).toString();
    QStringList missing;
    for (const QString& table : protectedTables())
        if (!secured.contains(table))
            missing << table;
    return missing;
}

} // namespace lk
