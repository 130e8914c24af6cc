// Lets Catch2 print QString and QVariant values in failure messages.
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
