// Transaction: an RAII guard that begins a transaction and rolls it back unless commit() was called.
#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace lk {

class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when BEGIN failed (for example the file is locked by a writer); begun() tells why.
    Status begun() const { return m_begun; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_begun;
    bool m_open = false;
};

} // namespace lk
