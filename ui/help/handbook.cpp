#include "help/handbook.h"

#include "common/language.h"
#include "common/page.h"
#include "common/screenfit.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lk {

Handbook::Handbook(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this)) {
    setWindowTitle(tr("Löfteskollen handbook"));
    setObjectName(QStringLiteral("handbook"));
    m_browser->setObjectName(QStringLiteral("handbookText"));
    m_browser->setAccessibleName(tr("Handbook"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    QFont font = m_browser->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_browser->setFont(font);
    m_browser->document()->setDocumentMargin(16);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    back->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    // Beside the window on a 1366 × 768 laptop, never beyond the screen.
    resize(screenFit(this, QSize(760, 680)));
}

QString Handbook::source() {
    return Language::current() == QStringLiteral("sv") ? QStringLiteral("qrc:/help/handbook_sv.html")
                                                       : QStringLiteral("qrc:/help/handbook_en.html");
}

void Handbook::showSection(const QString& anchor) {
    QUrl url(source());
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    // The same file with another fragment is not read again: the browser scrolls to the anchor, and Back
    // returns to where the reader was.
    m_browser->setSource(url);
}

QString Handbook::sectionOf(const Page* page) {
    static const QHash<QString, QString> sections{
        {QStringLiteral("lk::OverviewPage"), QStringLiteral("oversikt")},
        {QStringLiteral("lk::TodoPage"), QStringLiteral("att-gora")},
        {QStringLiteral("lk::PromisesPage"), QStringLiteral("loften")},
        {QStringLiteral("lk::WalksPage"), QStringLiteral("vandringar")},
        {QStringLiteral("lk::OgPage"), QStringLiteral("operativa-gruppen")},
        {QStringLiteral("lk::PolicePage"), QStringLiteral("polisen")},
        {QStringLiteral("lk::TobaccoPage"), QStringLiteral("tobak")},
        {QStringLiteral("lk::WatchPage"), QStringLiteral("grannsamverkan")},
        {QStringLiteral("lk::IndicatorsPage"), QStringLiteral("indikatorer")}};
    if (!page)
        return QStringLiteral("start");
    return sections.value(QString::fromLatin1(page->metaObject()->className()), QStringLiteral("start"));
}

} // namespace lk
