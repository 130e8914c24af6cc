#include "common/connectdialog.h"

#include "common/screenfit.h"
#include "db/serverurl.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lk {

namespace {
const QString example = QStringLiteral("postgresql://samordnaren@db.kommun.local/lofteskollen");
}

ConnectDialog::ConnectDialog(const QString& address, QWidget* parent)
    : QDialog(parent)
    , m_address(new QLineEdit(address, this))
    , m_problem(new QLabel(this)) {
    setWindowTitle(tr("Connect to server"));
    auto* explanation =
        new QLabel(tr("Work with others in a shared Löfteskollen database on your organisation's PostgreSQL "
                      "server instead of a file on this computer. IT gives you the address and your login. "
                      "The password is asked for when the server wants one, and never saved."),
                   this);
    explanation->setWordWrap(true);
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_address->setPlaceholderText(example);
    m_address->setMinimumWidth(m_address->fontMetrics().horizontalAdvance(example) + 40);
    auto* hint =
        new QLabel(tr("For example %1: the login, the server's name and the database.").arg(example), this);
    hint->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("addressProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    m_problem->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(QString(), hint);
    form->addRow(QString(), m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(screenFit(this, QSize(620, 200)));
}

QString ConnectDialog::url() const {
    return m_address->text().trimmed();
}

void ConnectDialog::accept() {
    // A mistake in the address is named here, with the address still in the field to put right.
    if (auto parsed = ServerUrl::parse(url()); !parsed) {
        m_problem->setText(parsed.message());
        m_problem->show();
        m_address->setFocus();
        return;
    }
    QDialog::accept();
}

std::optional<QString> ConnectDialog::askPassword(QWidget* parent, const QString& why) {
    QInputDialog dialog(parent);
    dialog.setWindowTitle(tr("Password"));
    dialog.setTextEchoMode(QLineEdit::Password);
    // The reason may hold a URL with '&' in it, which the label would take for a mnemonic.
    dialog.setLabelText(QString(why).replace(u'&', QStringLiteral("&&")) + u'\n' + u'\n' + tr("&Password:"));
    // A server's URL makes the reason long: wrapped, the dialog stays on the screen.
    for (QLabel* label : dialog.findChildren<QLabel*>())
        label->setWordWrap(true);
    dialog.resize(screenFit(&dialog, QSize(520, 200)));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

} // namespace lk
