#include "db/transaction.h"

#include "db/sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace lk {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db)) {
    m_open = m_db.transaction();
    if (!m_open)
        m_begun = Error{
            sql::describe(m_db.lastError(),
                          QCoreApplication::translate("lk::Transaction", "The file could not be written"))};
}

Transaction::~Transaction() {
    if (m_open)
        m_db.rollback();
}

Status Transaction::commit() {
    if (!m_open)
        return m_begun.ok() ? Error{QCoreApplication::translate("lk::Transaction", "Nothing to commit.")}
                            : m_begun;
    if (!m_db.commit()) {
        const QString text = sql::describe(
            m_db.lastError(),
            QCoreApplication::translate("lk::Transaction", "The change could not be saved and was undone"));
        m_db.rollback();
        m_open = false;
        return Error{text};
    }
    m_open = false;
    return {};
}

} // namespace lk
