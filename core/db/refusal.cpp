#include "db/refusal.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

namespace lk::sql {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(lk::sql)
};

// The server's first line without its "ERROR:", for the part of a message that names the rule or the object.
QString serverLine(const QSqlError& error) {
    return error.databaseText()
        .section(u'\n', 0, 0)
        .remove(QRegularExpression(QStringLiteral("^\\s*ERROR:\\s*")))
        .trimmed();
}

// The constraint a PostgreSQL refusal names ("… violates check constraint "visits_pupils_check""), or the
// server's line when it names none.
QString rule(const QSqlError& error) {
    static const QRegularExpression named(QStringLiteral("constraint \"([^\"]+)\""));
    const QRegularExpressionMatch match = named.match(error.databaseText());
    return match.hasMatch() ? match.captured(1) : serverLine(error);
}

} // namespace

QString refusal(const QSqlError& error) {
    // PostgreSQL's SQLSTATE, in the classes of Appendix A of its manual; SQLite gives only its own words.
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText();
    if (state == QStringLiteral("42501"))
        return Text::tr(
                   "The server does not let your login do this (%1). Nothing was changed. Ask the server's "
                   "administrator for the access your work needs.")
            .arg(serverLine(error));
    if (state == QStringLiteral("23503") || text.contains(QStringLiteral("FOREIGN KEY constraint failed")))
        return Text::tr("A record this one is linked to was deleted or changed meanwhile, perhaps by someone "
                        "else. Nothing was changed. Look at the records again, then try again.");
    if (state == QStringLiteral("40001") || state == QStringLiteral("40P01") ||
        state == QStringLiteral("55P03"))
        return Text::tr("Someone else was changing the same records at the same moment. Nothing was changed. "
                        "Try again.");
    if (state == QStringLiteral("57014"))
        return Text::tr(
            "The server took too long and stopped the work. Nothing was changed. Try again; if it "
            "happens again, tell the server's administrator.");
    if (state == QStringLiteral("25006"))
        return Text::tr("The server accepts no changes just now (it is read-only: a standby server, or one "
                        "under maintenance). Nothing was changed. Try again later, or ask the server's "
                        "administrator.");
    if (state == QStringLiteral("53100"))
        return Text::tr("The server's disk is full. Nothing was changed. Tell the server's administrator.");
    if (state.startsWith(QStringLiteral("53")))
        return Text::tr("The server has no room for more work just now (%1). Nothing was changed. Try again "
                        "later, or tell the server's administrator.")
            .arg(serverLine(error));
    if (state == QStringLiteral("23514") || state == QStringLiteral("23502") ||
        state == QStringLiteral("23P01"))
        return Text::tr("The server refused the values by a rule of the database (%1). Nothing was changed. "
                        "Check the values, or ask the server's administrator whether the database is of a "
                        "newer version of Löfteskollen.")
            .arg(rule(error));
    return {};
}

} // namespace lk::sql
