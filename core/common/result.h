// Result<T>: a value or an error message for the user, the way core reports failure (never a dialog).
#pragma once

#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <variant>

namespace lk {

struct Conflict; // register/conflict.h: the row as another writer left it

// A failure as the user should read it: what happened, what was kept, what to do.
struct Error {
    // Only where the window offers a different way on (open read-only, restore a backup); most failures are
    // Other. Stopped: the user stopped a long job (common/progress.h), which is no failure to warn of.
    // Conflict: someone else changed or deleted the row since it was read; `conflict` says how it is now.
    enum class Cause { Other, HeldByAnother, ReadOnly, Stopped, Conflict };
    QString message;
    Cause cause = Cause::Other;
    // The field the message is about, when it is about one (a date that is no date): a form shows it there.
    QString field = {};
    std::shared_ptr<const Conflict> conflict = {};
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::move(value)) {}
    Result(Error error)
        : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but may fail.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    QString message() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace lk
