// Exchange: what two computers send each other, such as the police contact's own file and the coordinator's.
// An exchange file is an export of the records changed since a date (the last exchange), with the records
// they point at and the UUIDs of the records deleted since, under "_exchange" (see core/io/README.md).
// Importing it merges by UUID: new records are added, unchanged ones skipped, and a record changed on both
// sides since the date, or deleted on one side and changed on the other, is a conflict that is left as it
// was.
#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "register/repository.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace lk {

class Exchange {
public:
    static inline const QString key = QStringLiteral("_exchange");

    // "2026-11-01" or "2026-11-01T10:00:00Z", in the form stored dates compare with; nothing when neither.
    static std::optional<QString> normalizedSince(const QString& text);
    // The exchange file of what changed since `since` (normalized); `now` is when it was made.
    static Result<QByteArray> write(const Repository& repository, const QString& since, const QDateTime& now,
                                    Progress& progress = Progress::none());

    // The exchange part of an import file, or nothing for a full export.
    static Result<std::optional<Exchange>> read(const QJsonObject& root);

    QString since() const { return m_since; }
    // Changed on the sending side since the date: the file carries it as a change, not only for reference.
    bool changedThere(const Record& incoming) const;
    // Changed on this side since the date.
    bool changedHere(const Record& stored) const;
    // Deleted on this side since the date (and not brought back).
    Result<bool> deletedHere(const Repository& repository, const QString& table, const QString& uuid) const;
    QStringList deletedThere(const QString& table) const { return m_deleted.value(table); }

    // A record left out (deleted here) takes with it the records that point at it.
    void leaveOut(const QString& uuid) { m_leftOut.insert(uuid); }
    // The UUID of a left-out record that `object` points at, if any.
    std::optional<QString> pointsAtLeftOut(const RegisterSpec& spec, const QJsonObject& object) const;

private:
    bool since(const QString& stamp) const;
    QString sinceKey() const;

    QString m_since;
    QHash<QString, QStringList> m_deleted;
    QSet<QString> m_leftOut;
};

} // namespace lk
