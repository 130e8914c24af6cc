// Helpers for the register, model and document tests: valid records of the six promise registers, a small
// promise tree, counts, and the file's content without the time stamps that every write renews.
#pragma once

#include "catchqt.h"
#include "db/sql.h"
#include "document/document.h"
#include "promises/promiseregisters.h"
#include "register/changeset.h"
#include "register/repository.h"
#include "testfile.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lk::test {

inline Record recordOf(const QVariantMap& values) {
    Record record;
    record.values = values;
    return record;
}

// Inserts one record in its own ChangeSet (one transaction with its audit row); REQUIREs success.
inline Record insertRecord(const Repository& repository, const RegisterSpec& spec,
                           const QVariantMap& values) {
    ChangeSet changes;
    changes.insert(spec, recordOf(values));
    auto applied = repository.apply(changes);
    INFO(spec.table.toStdString() + ": " + applied.message().toStdString());
    REQUIRE(applied.ok());
    REQUIRE(applied->rows.size() == 1);
    return *applied->rows.first().after;
}

inline qint64 rowCount(const Repository& repository, const QString& table) {
    // The table names come from the tests and the register descriptions, never from user text.
    auto count = sql::scalar(repository.database(), QStringLiteral("SELECT count(*) FROM ") + table);
    INFO(count.message().toStdString());
    REQUIRE(count.ok());
    return count->toLongLong();
}

inline qint64 auditCount(const Repository& repository) {
    return rowCount(repository, QStringLiteral("audit_log"));
}

inline QVariantMap municipalityValues(const QString& name = QStringLiteral("Salems kommun")) {
    return {{QStringLiteral("name"), name}, {QStringLiteral("police_area"), QStringLiteral("Södertälje")}};
}

inline QVariantMap periodValues(qint64 municipalityId, const QString& start = QStringLiteral("2021-01-01"),
                                const QString& end = QStringLiteral("2022-12-31")) {
    return {{QStringLiteral("municipality_id"), municipalityId},
            {QStringLiteral("name"), QString(start.left(4) + QStringLiteral("–") + end.left(4))},
            {QStringLiteral("start_date"), start},
            {QStringLiteral("end_date"), end}};
}

inline QVariantMap focusAreaValues(qint64 periodId, qint64 sortOrder, const QString& title) {
    return {{QStringLiteral("period_id"), periodId},
            {QStringLiteral("sort_order"), sortOrder},
            {QStringLiteral("title"), title},
            {QStringLiteral("situation"), QStringLiteral("Otrygghet på kvällar.\nSärskilt i centrum.")}};
}

inline QVariantMap promiseValues(qint64 focusAreaId, qint64 sortOrder, const QString& title,
                                 const QString& responsible = QStringLiteral("samverkan")) {
    return {{QStringLiteral("focus_area_id"), focusAreaId},
            {QStringLiteral("sort_order"), sortOrder},
            {QStringLiteral("title"), title},
            {QStringLiteral("aim"), QStringLiteral("Minska den upplevda otryggheten.")},
            {QStringLiteral("text"), QString(QStringLiteral("Vi genomför ") + title.toLower() + u'.')},
            {QStringLiteral("responsible"), responsible}};
}

inline QVariantMap targetValues(qint64 promiseId, qint64 quantity = 12) {
    return {{QStringLiteral("promise_id"), promiseId},
            {QStringLiteral("counted"), QStringLiteral("Möten i Operativa gruppen")},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("per"), QStringLiteral("ar")},
            {QStringLiteral("unit"), QStringLiteral("möten")}};
}

inline QVariantMap statusValues(qint64 promiseId, const QString& reportedOn,
                                const QString& status = QStringLiteral("paborjad")) {
    return {{QStringLiteral("promise_id"), promiseId},
            {QStringLiteral("reported_on"), reportedOn},
            {QStringLiteral("status"), status},
            {QStringLiteral("comment"), QString(QStringLiteral("Rapport ") + reportedOn)}};
}

// One record of each promise register, each pointing at the one before.
struct PromiseTree {
    Record municipality;
    Record period;
    Record focusArea;
    Record promise;
    Record target;
    Record status;
};

inline PromiseTree makeTree(const Repository& repository,
                            const QString& name = QStringLiteral("Salems kommun")) {
    PromiseTree tree;
    tree.municipality =
        insertRecord(repository, PromiseRegisters::municipalities(), municipalityValues(name));
    tree.period = insertRecord(repository, PromiseRegisters::periods(), periodValues(tree.municipality.id));
    tree.focusArea = insertRecord(repository, PromiseRegisters::focusAreas(),
                                  focusAreaValues(tree.period.id, 1, QStringLiteral("Tryggheten i centrum")));
    tree.promise = insertRecord(repository, PromiseRegisters::promises(),
                                promiseValues(tree.focusArea.id, 1, QStringLiteral("Trygghetsvandringar")));
    tree.target = insertRecord(repository, PromiseRegisters::targets(), targetValues(tree.promise.id));
    tree.status = insertRecord(repository, PromiseRegisters::statuses(),
                               statusValues(tree.promise.id, QStringLiteral("2021-04-30")));
    return tree;
}

// The whole content as TestFile::exportOf gives it, without updated_at (which every write, undo included,
// renews), as compact text so that a failure shows both sides.
inline QString contentOf(const Document& document) {
    QJsonObject root = QJsonDocument::fromJson(TestFile::exportOf(document)).object();
    REQUIRE_FALSE(root.isEmpty());
    for (const QString& table : root.keys()) {
        QJsonArray rows = root.value(table).toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QJsonObject row = rows.at(i).toObject();
            row.remove(QStringLiteral("updated_at"));
            rows.replace(i, row);
        }
        root.insert(table, rows);
    }
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

inline QDateTime stamp(const QString& text) {
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

inline void checkStampedNow(const QString& text, const QDateTime& from, const QDateTime& to) {
    INFO("stamp " << text.toStdString());
    const QDateTime when = stamp(text);
    REQUIRE(when.isValid());
    CHECK(when.toUTC() >= from.addSecs(-1));
    CHECK(when.toUTC() <= to.addSecs(1));
}

// The file's export with one record's field set to `value`, as another tool might write it.
inline QByteArray exportWith(const Document& document, const QString& table, const QString& field,
                             const QJsonValue& value) {
    QJsonObject root = QJsonDocument::fromJson(TestFile::exportOf(document)).object();
    QJsonArray rows = root.value(table).toArray();
    REQUIRE_FALSE(rows.isEmpty());
    QJsonObject row = rows.first().toObject();
    row.insert(field, value);
    rows.replace(0, row);
    root.insert(table, rows);
    return QJsonDocument(root).toJson();
}

// Applies `values` on top of `base`; an invalid QVariant clears the field.
inline QVariantMap merged(QVariantMap base, const QVariantMap& changes) {
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.value().isValid())
            base.insert(it.key(), it.value());
        else
            base.remove(it.key());
    }
    return base;
}

} // namespace lk::test
