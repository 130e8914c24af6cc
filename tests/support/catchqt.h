// Lets Catch2 print QString and QVariant values in failure messages, and match a message's words.
#pragma once

#include <catch2/catch.hpp>

#include <QString>
#include <QVariant>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QVariant> {
    static std::string convert(const QVariant& value) { return value.toString().toStdString(); }
};
} // namespace Catch

namespace lk::test {
// A message contains `text`: CHECK_THAT(message.toStdString(), mentions(QStringLiteral("read-only"))).
inline Catch::Matchers::StdString::ContainsMatcher mentions(const QString& text) {
    return Catch::Matchers::Contains(text.toStdString());
}
} // namespace lk::test
