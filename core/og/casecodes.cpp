#include "og/casecodes.h"

#include "db/sql.h"

#include <QSqlQuery>

namespace lk {

QString CaseCodes::format(int year, int number) {
    return QStringLiteral("OG-%1-%2").arg(year).arg(number, 3, 10, QLatin1Char('0'));
}

Result<QString> CaseCodes::next(const Repository& repository, qint64 municipalityId, int year, int skip) {
    auto codes =
        sql::run(repository.database(),
                 QStringLiteral("SELECT code FROM og_cases WHERE municipality_id = ? AND code LIKE ?"),
                 {municipalityId, QStringLiteral("OG-%1-%").arg(year)});
    if (!codes)
        return codes.error();
    int highest = 0;
    while (codes->next())
        highest = std::max(highest, codes->value(0).toString().section(u'-', 2).toInt());
    return format(year, highest + 1 + skip);
}

} // namespace lk
