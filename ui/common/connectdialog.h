// ConnectDialog: Arkiv > Anslut till server…: the address of a Löfteskollen database on a PostgreSQL server,
// with an example and what it means, and the password prompt when the server wants one.
#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace lk {

class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    // `address`: what the field starts with (the last server used).
    explicit ConnectDialog(const QString& address, QWidget* parent = nullptr);

    QLineEdit* address() const { return m_address; }
    // The address as typed, once accepted (an address libpq would take the same way).
    QString url() const;

    // Asks for the password of the server named in `why` (libpq found none, or the server refused it);
    // nothing when the user cancels. The password is used for this connection only, never stored.
    static std::optional<QString> askPassword(QWidget* parent, const QString& why);

    void accept() override;

private:
    QLineEdit* m_address;
    QLabel* m_problem;
};

} // namespace lk
