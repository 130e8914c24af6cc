#include "db/sqlitefunctions.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>
#include <QSqlDriver>
#include <QStringView>

#include <sqlite3.h>

#include <functional>
#include <queue>
#include <vector>

namespace lk {

namespace {

QStringView textOf(const void* text, int bytes) {
    return QStringView(static_cast<const char16_t*>(text), bytes / 2);
}

void casefold(sqlite3_context* context, int, sqlite3_value** arguments) {
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const void* text = sqlite3_value_text16(arguments[0]);
    const QString folded = textOf(text, sqlite3_value_bytes16(arguments[0])).toString().toCaseFolded();
    sqlite3_result_text16(context, folded.utf16(), int(folded.size() * 2), SQLITE_TRANSIENT);
}

int compareSwedish(void*, int leftBytes, const void* left, int rightBytes, const void* right) {
    static const QCollator collator = [] {
        QCollator c(QLocale(QLocale::Swedish, QLocale::Sweden));
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(true);
        return c;
    }();
    return collator.compare(textOf(left, leftBytes), textOf(right, rightBytes));
}

// nth_largest(x, n): the n-th largest x of a group, or its smallest when it has fewer; kept as a heap of the
// n largest seen, so a group of any size costs n values of memory.
using Largest = std::priority_queue<qint64, std::vector<qint64>, std::greater<>>;

void nthLargestStep(sqlite3_context* context, int, sqlite3_value** arguments) {
    auto** state = static_cast<Largest**>(sqlite3_aggregate_context(context, sizeof(Largest*)));
    if (!state)
        return sqlite3_result_error_nomem(context);
    if (!*state)
        *state = new Largest;
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL)
        return;
    (*state)->push(sqlite3_value_int64(arguments[0]));
    if (qint64((*state)->size()) > std::max<qint64>(1, sqlite3_value_int64(arguments[1])))
        (*state)->pop();
}

void nthLargestFinal(sqlite3_context* context) {
    auto** state = static_cast<Largest**>(sqlite3_aggregate_context(context, 0));
    if (!state || !*state || (*state)->empty())
        sqlite3_result_null(context);
    else
        sqlite3_result_int64(context, (*state)->top());
    if (state)
        delete *state;
}

} // namespace

Status SqliteFunctions::install(const QSqlDatabase& db) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error{QCoreApplication::translate(
            "lk::SqliteFunctions", "The database driver is not SQLite; Löfteskollen needs it.")};
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    const int folded =
        sqlite3_create_function_v2(connection, "casefold", 1, SQLITE_UTF16 | SQLITE_DETERMINISTIC, nullptr,
                                   casefold, nullptr, nullptr, nullptr);
    const int collated =
        sqlite3_create_collation_v2(connection, "swedish", SQLITE_UTF16, nullptr, compareSwedish, nullptr);
    const int largest = sqlite3_create_function_v2(connection, "nth_largest", 2, SQLITE_UTF8, nullptr,
                                                   nullptr, nthLargestStep, nthLargestFinal, nullptr);
    if (folded != SQLITE_OK || collated != SQLITE_OK || largest != SQLITE_OK)
        return Error{QCoreApplication::translate("lk::SqliteFunctions",
                                                 "The database could not be prepared for Swedish text: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(connection)))};
    return {};
}

} // namespace lk
