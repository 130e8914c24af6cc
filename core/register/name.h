// Name: the name of a table or of one of its fields, declared once as a constant beside its register's spec
// (retailers::orgNumber), so that the compiler checks every use and a typo cannot fail silently at run time.
#pragma once

#include <QString>
#include <QStringView>

namespace lk {

class Name {
public:
    // Only from a literal: a name is part of the schema, never built from user text.
    template <qsizetype N>
    consteval Name(const char16_t (&text)[N])
        : m_text(text)
        , m_size(N - 1) {}

    // Shares the literal's characters: no copy, no allocation.
    QString toString() const { return QString::fromRawData(reinterpret_cast<const QChar*>(m_text), m_size); }
    operator QString() const { return toString(); }
    constexpr QStringView view() const { return {m_text, m_size}; }

    friend bool operator==(const Name& a, const Name& b) { return a.view() == b.view(); }
    friend bool operator==(const Name& a, const QString& b) { return a.view() == b; }

private:
    const char16_t* m_text;
    qsizetype m_size;
};

} // namespace lk
