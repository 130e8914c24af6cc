#include "register/namecheck.h"

#include <QLoggingCategory>

#include <atomic>

namespace lk {

namespace {
Q_LOGGING_CATEGORY(names, "lk.names")
std::atomic<int> missCount{0};
thread_local NameCheck::Expected* expected = nullptr;
} // namespace

NameCheck::Expected::Expected()
    : m_outer(expected) {
    expected = this;
}

NameCheck::Expected::~Expected() {
    expected = m_outer;
}

void NameCheck::missed(const QString& what) {
    if (expected) {
        ++expected->m_misses;
        return;
    }
    ++missCount;
    qCCritical(names).noquote() << what << QStringLiteral(": a name written in the program is wrong.");
    Q_ASSERT_X(false, "NameCheck", "a name written in the program is wrong (see the message above)");
}

void NameCheck::missedField(const QString& table, const QString& field) {
    missed(QStringLiteral("The register %1 has no field “%2”").arg(table, field));
}

void NameCheck::missedTable(const QString& table) {
    missed(QStringLiteral("No register has the table “%1”").arg(table));
}

int NameCheck::misses() {
    return missCount;
}

} // namespace lk
