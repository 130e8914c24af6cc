// File > Connect to server…: the address is checked in the dialog, the password asked for when the server
// wants one (again when it is refused), and the window then shows the server; the recent list keeps the
// address without the password.
#include "catchqt.h"
#include "common/connectdialog.h"
#include "document/document.h"
#include "mainwindow.h"
#include "modal.h"
#include "ownserver.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>

using namespace lk;
using namespace lk::test;

namespace {

// Types `password` into the password prompt on show, and accepts it; `said` gets what the prompt said.
void answerPassword(const QString& password, QString* said, std::function<void()> before = {}) {
    whenModal([password, said, before](QWidget* modal) {
        auto* prompt = qobject_cast<QInputDialog*>(modal);
        REQUIRE(prompt);
        *said = prompt->labelText();
        CHECK(prompt->textEchoMode() == QLineEdit::Password);
        if (before)
            before();
        prompt->setTextValue(password);
        prompt->accept();
    });
}

QStringList everySetting() {
    QSettings settings;
    QStringList values;
    for (const QString& key : settings.allKeys())
        values << settings.value(key).toStringList().join(u' ') + settings.value(key).toString();
    return values;
}

} // namespace

TEST_CASE("The connect dialog names a mistake in the address and stays open", "[ui][server]") {
    ConnectDialog dialog(QString{});
    dialog.address()->setText(QStringLiteral("db.kommun.local/lofteskollen"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("addressProblem"));
    REQUIRE(problem);
    CHECK_FALSE(problem->isHidden());
    CHECK_THAT(problem->text().toStdString(), mentions(QStringLiteral("postgresql://")));
    CHECK(dialog.address()->text() == QStringLiteral("db.kommun.local/lofteskollen"));
    dialog.address()->setText(QStringLiteral("postgresql://samordnaren@db.kommun.local/lofteskollen"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.url() == QStringLiteral("postgresql://samordnaren@db.kommun.local/lofteskollen"));
}

TEST_CASE("Connecting asks for the password, again when it is refused, and never keeps it",
          "[ui][server][postgres]") {
    OwnServer server;
    server.addPasswordLogin(QStringLiteral("anna"), QStringLiteral("hemligt"));
    const QString url = server.url(QStringLiteral("anna"));
    MainWindow window;

    // Cancelled: nothing opens.
    whenModal([](QWidget* modal) { qobject_cast<QDialog*>(modal)->reject(); });
    CHECK_FALSE(window.openFile(url));
    CHECK(window.document() == nullptr);

    QString first;
    QString second;
    answerPassword(QStringLiteral("fel"), &first,
                   [&second] { answerPassword(QStringLiteral("hemligt"), &second); });
    REQUIRE(window.openFile(url));
    CHECK_THAT(first.toStdString(), mentions(QStringLiteral("asks for the password of anna")));
    CHECK_THAT(second.toStdString(), mentions(QStringLiteral("did not accept the password")));
    REQUIRE(window.document());
    CHECK(window.windowTitle() == QStringLiteral("lofteskollen_template on the server – Löfteskollen"));
    CHECK(window.findChild<QWidget*>(QStringLiteral("connectionBanner"))->isHidden());
    // A server is copied with backup --server: it has no copies beside it to restore from.
    REQUIRE(window.findChild<QAction*>(QStringLiteral("restoreBackup")));
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("restoreBackup"))->isEnabled());

    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    REQUIRE_FALSE(recent.isEmpty());
    CHECK(recent.first() == window.document()->path());
    CHECK(recent.first().contains(QStringLiteral("user=anna")));
    for (const QString& value : everySetting())
        CHECK_FALSE(value.contains(QStringLiteral("hemligt")));
}
