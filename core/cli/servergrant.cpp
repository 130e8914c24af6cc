#include "cli/servergrant.h"

#include "cli/commandline.h"
#include "cli/recordchoice.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "privacy/accessrules.h"
#include "promises/promiseregisters.h"
#include "register/repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace lk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::ServerGrant)
};

// The login of that name: it exists and may log in (a person's own, made by IT), and is no group of ours.
Status checkLogin(const QSqlDatabase& db, const QString& login) {
    auto canLogin =
        sql::scalar(db, QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), {login});
    if (!canLogin)
        return canLogin.error();
    if (!canLogin->isValid())
        return Error{
            Text::tr("There is no login “%1” on the server. Nothing was changed. Make it first (each "
                     "person their own): CREATE ROLE \"%1\" LOGIN PASSWORD '…'")
                .arg(login)};
    if (!canLogin->toBool())
        return Error{Text::tr("“%1” is a role that cannot log in, not a person's login. Nothing was changed.")
                         .arg(login)};
    return {};
}

// The group role the login is a member of already, if any.
Result<QString> currentGroup(const QSqlDatabase& db, const QString& login) {
    auto group =
        sql::scalar(db,
                    QStringLiteral("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = "
                                   "m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ? "
                                   "AND g.rolname IN ('lk_samordnare', 'lk_polis', 'lk_lasare')"),
                    {login});
    if (!group)
        return group.error();
    return group->toString();
}

Status runPlain(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {}) {
    auto ran = sql::run(db, statement, values);
    if (!ran)
        return ran.error();
    return {};
}

} // namespace

QList<QCommandLineOption> ServerGrant::options() {
    return {
        {QStringLiteral("user"), Text::tr("grant, revoke: the person's login on the server."),
         QStringLiteral("LOGIN")},
        {QStringLiteral("role"), Text::tr("grant, revoke: samordnare, polis or lasare."),
         QStringLiteral("ROLE")},
        {QStringLiteral("municipality"),
         Text::tr("grant, revoke: a municipality whose records the login reaches, by its name in any case "
                  "or its UUID; repeat it for a police contact's whole area."),
         QStringLiteral("NAME")}};
}

int ServerGrant::run(const QString& action, const QCommandLineParser& parser, QTextStream& out,
                     QTextStream& err) {
    const bool granting = action == QStringLiteral("grant");
    const QString login = parser.value(QStringLiteral("user")).trimmed();
    const QString role = parser.value(QStringLiteral("role")).trimmed();
    const QStringList names = parser.values(QStringLiteral("municipality"));
    if (login.isEmpty() || role.isEmpty() || names.isEmpty())
        return CommandLine::usage(
            err,
            Text::tr("Say whose login, which role and which municipalities: --user LOGIN "
                     "--role samordnare|polis|lasare --municipality NAME."),
            parser.helpText());
    const QString group = AccessRules::groupOf(role);
    if (group.isEmpty())
        return CommandLine::usage(err,
                                  Text::tr("There is no role “%1”. Choose one of: %2.")
                                      .arg(role, AccessRules::roles().join(QStringLiteral(", "))),
                                  parser.helpText());
    auto database = Database::open(parser.value(QStringLiteral("server")));
    if (!database)
        return CommandLine::failure(err, database.message());
    if ((*database)->engine() != Engine::Postgres)
        return CommandLine::failure(
            err,
            Text::tr("%1 is a file, which has no logins: whoever may open the file reads and writes all of "
                     "it. Nothing was changed. Roles are given on a server (--server postgresql://…).")
                .arg((*database)->path()));
    const QSqlDatabase db = (*database)->connection();
    if (auto known = checkLogin(db, login); !known)
        return CommandLine::failure(err, known.message());
    // Every municipality is named exactly before anything changes: one unknown or ambiguous name refuses all.
    const Repository repository(db);
    QList<Record> municipalities;
    for (const QString& name : names) {
        if (name.trimmed().isEmpty())
            return CommandLine::usage(err, Text::tr("A --municipality without a name."), parser.helpText());
        auto choice = RecordChoice::municipality(repository, name);
        if (!choice)
            return CommandLine::failure(err, choice.message());
        if (!choice->isOne())
            return CommandLine::failure(err, choice->message + u' ' + Text::tr("Nothing was changed."));
        municipalities << choice->record;
    }
    auto member = currentGroup(db, login);
    if (!member)
        return CommandLine::failure(err, member.message());
    if (granting && !member->isEmpty() && *member != group)
        return CommandLine::failure(
            err,
            Text::tr("%1 is already %2 on this server; a login has one role. Nothing was changed. Revoke "
                     "that first, or give the person another login.")
                .arg(login, member->mid(3)));
    if (!granting && *member != group)
        return CommandLine::failure(
            err, Text::tr("%1 is not %2 on this server. Nothing was changed.").arg(login, role));

    Transaction transaction(db);
    if (!transaction.begun())
        return CommandLine::failure(err, transaction.begun().message());
    auto quoted = sql::scalar(db, QStringLiteral("SELECT quote_ident(?)"), {login});
    if (!quoted)
        return CommandLine::failure(err, quoted.message());
    for (const Record& municipality : std::as_const(municipalities)) {
        const QString statement =
            granting
                ? QStringLiteral("INSERT INTO lk_access (login, municipality_id) VALUES (?, ?) ON CONFLICT "
                                 "DO NOTHING")
                : QStringLiteral("DELETE FROM lk_access WHERE login = ? AND municipality_id = ?");
        if (auto ran = runPlain(db, statement, {login, municipality.id}); !ran)
            return CommandLine::failure(err, ran.message());
    }
    auto left = sql::scalar(db, QStringLiteral("SELECT count(*) FROM lk_access WHERE login = ?"), {login});
    if (!left)
        return CommandLine::failure(err, left.message());
    // The membership goes with the last municipality, so that a login left with none holds no privilege.
    const QString membership =
        granting ? QStringLiteral("GRANT %1 TO %2") : QStringLiteral("REVOKE %1 FROM %2");
    if (granting || left->toLongLong() == 0)
        if (auto ran = runPlain(db, membership.arg(group, quoted->toString())); !ran)
            return CommandLine::failure(err, ran.message());
    if (auto committed = transaction.commit(); !committed)
        return CommandLine::failure(err, committed.message());
    QStringList shown;
    for (const Record& municipality : std::as_const(municipalities))
        shown << municipality.values.value(municipalities::name).toString();
    out << (granting ? Text::tr("%1 is %2 for %3.") : Text::tr("%1 is no longer %2 for %3."))
               .arg(login, role, shown.join(QStringLiteral(", ")))
        << '\n';
    return CommandLine::Ok;
}

} // namespace lk
