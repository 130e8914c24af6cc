#include "og/casecodes.h"

#include "db/sql.h"
#include "og/ogregisters.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace lk {

QString CaseCodes::format(int year, int number) {
    return QStringLiteral("OG-%1-%2").arg(year).arg(number, 3, 10, QLatin1Char('0'));
}

Result<QString> CaseCodes::next(const Repository& repository, qint64 municipalityId, int year, int skip) {
    const QString prefix = QStringLiteral("OG-%1-").arg(year);
    int highest = 0;
    const auto consider = [&highest, &prefix](const QString& code) {
        if (code.startsWith(prefix))
            highest = std::max(highest, code.mid(prefix.size()).toInt());
    };
    // The prefix compared as it is, not with LIKE: LIKE ignores case in SQLite and heeds it in PostgreSQL.
    auto codes = sql::run(repository.database(),
                          QStringLiteral("SELECT code FROM og_cases WHERE municipality_id = ? AND "
                                         "substr(code, 1, length(?)) = ?"),
                          {municipalityId, prefix, prefix});
    if (!codes)
        return codes.error();
    while (codes->next())
        consider(codes->value(0).toString());
    // A code once given is never given again, also after its case was deleted: social services may still have
    // it on their key list. The audit log remembers every case that was added. (LIKE finds the same rows on
    // both engines here: the program writes the JSON's key and the code in this very case.)
    auto given = sql::run(repository.database(),
                          QStringLiteral("SELECT new_values FROM audit_log WHERE table_name = 'og_cases' AND "
                                         "action = 'insert' AND new_values LIKE ?"),
                          {QString(QStringLiteral("%\"") + ogCases::code.toString() +
                                   QStringLiteral("\":\"") + prefix + u'%')});
    if (!given)
        return given.error();
    while (given->next()) {
        const QJsonObject values = QJsonDocument::fromJson(given->value(0).toString().toUtf8()).object();
        if (values.value(ogCases::municipalityId).toInteger() == municipalityId)
            consider(values.value(ogCases::code).toString());
    }
    return format(year, highest + 1 + skip);
}

} // namespace lk
