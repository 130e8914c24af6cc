// NameCheck: what happens when the program looks up a name it wrote itself (a register's field, a register by
// its table) and finds nothing. That is a programming error, never the user's: it asserts in a debug build,
// and in every build it is logged and counted, so that a test fails on it instead of a user meeting a form
// that silently lacks a field.
#pragma once

#include <QString>

namespace lk {

class NameCheck {
public:
    // A register (by its table) has no field of that name.
    static void missedField(const QString& table, const QString& field);
    // No register has that table.
    static void missedTable(const QString& table);
    // How many lookups have missed since the program started; the tests' main fails when it is not 0.
    static int misses();

    // While one lives (in a test that looks up a wrong name on purpose), misses on this thread are counted
    // here instead, and assert nothing.
    class Expected {
    public:
        Expected();
        ~Expected();
        Expected(const Expected&) = delete;
        Expected& operator=(const Expected&) = delete;
        int misses() const { return m_misses; }

    private:
        friend class NameCheck;
        Expected* m_outer;
        int m_misses = 0;
    };

private:
    static void missed(const QString& what);
};

} // namespace lk
