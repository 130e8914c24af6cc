// Settings: values kept in the file itself (how long case data is kept, …), each change audited like a
// record's, in the same transaction.
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace lk {

class Settings {
public:
    explicit Settings(QSqlDatabase db)
        : m_db(std::move(db)) {}

    Result<QString> value(const QString& name, const QString& fallback) const;
    Result<int> number(const QString& name, int fallback) const;
    // Stores the value with an audit row, in one transaction.
    Status setValue(const QString& name, const QString& value) const;

private:
    QSqlDatabase m_db;
};

} // namespace lk
