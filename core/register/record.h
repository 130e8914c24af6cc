// Record: one row of any register: its keys and its field values by column name.
#pragma once

#include <QString>
#include <QVariantMap>

namespace lk {

struct Record {
    qint64 id = 0;     // the file's own key; 0 until stored
    QString uuid;      // the same in every file and export
    QString updatedAt; // ISO 8601 UTC; when the record's content last changed
    QVariantMap values;
    // Raised by every update; a write names the version it read, so that it cannot overwrite a change made
    // since by another writer. 0 for a record not read from the database (then nothing is compared). Last,
    // so that Record{id, uuid, updatedAt, values} still reads as before.
    qint64 version = 0;

    QVariant value(const QString& field) const { return values.value(field); }
};

} // namespace lk
