// DemoWriter: adds demo records with UUIDs derived from a fixed namespace and a key, and timestamps from the
// day they happened, so that two demo files are identical.
#pragma once

#include "register/repository.h"

#include <QDate>
#include <QUuid>

#include <functional>
#include <initializer_list>

namespace lk {

class DemoWriter {
public:
    DemoWriter(const Repository& repository, const QUuid& space)
        : m_repository(repository)
        , m_space(space) {}

    // Stamped at five in the afternoon of `when`, when the day's notes get typed in.
    Result<Record> add(const RegisterSpec& spec, const QString& key, const QDate& when,
                       const QVariantMap& values) const {
        Record record;
        record.uuid = QUuid::createUuidV5(m_space, spec.table + u'/' + key).toString(QUuid::WithoutBraces);
        record.updatedAt = when.startOfDay(Qt::UTC).addSecs(17 * 3600).toString(Qt::ISODate);
        record.values = values;
        return m_repository.insert(spec, record, Repository::Stamp::Keep);
    }

private:
    const Repository& m_repository;
    QUuid m_space;
};

// Runs a demo's steps in order (targets, then the records that count for them, …), stopping at the first that
// fails.
inline Status runSteps(std::initializer_list<std::function<Status()>> steps) {
    for (const auto& step : steps) {
        if (Status done = step(); !done)
            return done;
    }
    return {};
}

} // namespace lk
