#include "db/sqlitefunctions.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>
#include <QSqlDriver>
#include <QStringView>

#include <sqlite3.h>

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
    if (folded != SQLITE_OK || collated != SQLITE_OK)
        return Error{QCoreApplication::translate("lk::SqliteFunctions",
                                                 "The database could not be prepared for Swedish text: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(connection)))};
    return {};
}

} // namespace lk
