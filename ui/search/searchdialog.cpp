#include "search/searchdialog.h"

#include "document/document.h"
#include "search/search.h"
#include "search/searchresultmodel.h"
#include "search/snippetdelegate.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace lk {

namespace {
// Long enough that a word typed at speed is searched once, short enough to feel immediate.
constexpr int typingPause = 200;
} // namespace

SearchDialog::SearchDialog(Document* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_text(new QLineEdit(this))
    , m_here(new QRadioButton(this))
    , m_everywhere(new QRadioButton(tr("In every municipality"), this))
    , m_status(new QLabel(this))
    , m_results(new QTreeView(this))
    , m_model(new SearchResultModel(this))
    , m_pause(new QTimer(this)) {
    setWindowTitle(tr("Search"));
    setObjectName(QStringLiteral("searchDialog"));
    resize(900, 560);
    m_text->setObjectName(QStringLiteral("searchText"));
    m_text->setAccessibleName(tr("Words to find"));
    m_text->setPlaceholderText(tr("Words to find in every register: promises, minutes, cases, places…"));
    m_text->setClearButtonEnabled(true);
    m_text->setToolTip(tr("Each word finds itself and the words it begins with, whatever the case; a record "
                          "must hold all of them. Quotes, stars and AND, OR, NOT are searched as words."));
    m_here->setObjectName(QStringLiteral("searchHere"));
    m_everywhere->setObjectName(QStringLiteral("searchEverywhere"));
    m_here->setChecked(true);
    auto* scope = new QButtonGroup(this);
    scope->addButton(m_here);
    scope->addButton(m_everywhere);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Hits"));
    m_results->setModel(m_model);
    m_results->setItemDelegateForColumn(SearchResultModel::TitleColumn, new SnippetDelegate(m_results));
    m_results->setItemDelegateForColumn(SearchResultModel::TextColumn, new SnippetDelegate(m_results));
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->setAllColumnsShowFocus(true);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(SearchResultModel::TitleColumn, QHeaderView::Interactive);
    m_results->header()->setSectionResizeMode(SearchResultModel::TextColumn, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(SearchResultModel::DateColumn, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(SearchResultModel::MunicipalityColumn,
                                              QHeaderView::ResizeToContents);
    m_results->header()->resizeSection(SearchResultModel::TitleColumn, 280);
    auto* hint = new QLabel(tr("Enter or a double-click opens the hit on its page; Ctrl+F brings these hits "
                               "back for the next one."),
                            this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_here);
    scopeRow->addWidget(m_everywhere);
    scopeRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(scopeRow);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    m_pause->setSingleShot(true);
    m_pause->setInterval(typingPause);
    connect(m_pause, &QTimer::timeout, this, &SearchDialog::searchNow);
    connect(m_text, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    m_text->installEventFilter(this);
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        if (m_model->rowCount() > 0)
            m_results->setFocus();
    });
    connect(scope, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool checked) {
        if (checked)
            searchNow();
    });
    connect(m_results, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (const SearchHit* hit = m_model->hitAt(index))
            emit openHit(*hit);
    });
    // What was changed is found as it now reads.
    connect(m_document, &Document::changed, this, [this] {
        if (isVisible() && !m_text->text().trimmed().isEmpty())
            searchNow();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter searches in the box and opens a hit in the list; it never closes the dialog.
    for (QAbstractButton* button : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    m_here->setText(tr("In this municipality"));
    showResult();
}

void SearchDialog::setMunicipality(qint64 municipalityId, const QString& name) {
    const bool changed = municipalityId != m_municipalityId;
    m_municipalityId = municipalityId;
    m_municipalityName = name;
    m_here->setText(name.isEmpty() ? tr("In this municipality") : tr("In %1").arg(name));
    m_here->setEnabled(municipalityId > 0);
    // Without a municipality chosen (a file with none yet) there is only every one to search.
    if (municipalityId <= 0)
        m_everywhere->setChecked(true);
    if (changed && m_here->isChecked() && !m_text->text().trimmed().isEmpty())
        searchNow();
}

void SearchDialog::searchNow() {
    m_pause->stop();
    const qint64 scope = m_here->isChecked() ? m_municipalityId : 0;
    auto found = Search::run(m_document->repository(), m_text->text(), scope);
    if (!found) {
        m_model->setResult({});
        m_status->setText(found.message());
        return;
    }
    m_model->setResult(*found);
    m_results->expandAll();
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0, 0, m_model->index(0, 0)));
    showResult();
}

bool SearchDialog::eventFilter(QObject* watched, QEvent* event) {
    // Down goes from the words to the hits, as in a list of suggestions.
    if (watched == m_text && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_results->setFocus();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void SearchDialog::notShown(const SearchHit& hit) {
    m_status->setText(tr("No page shows “%1” (%2) or what it belongs to.")
                          .arg(hit.title, hit.spec ? hit.spec->displayName() : QString()));
}

void SearchDialog::showResult() {
    const SearchResult& result = m_model->result();
    const QString text = m_text->text().trimmed();
    const QString where = m_here->isChecked() && !m_municipalityName.isEmpty()
                              ? tr("in %1").arg(m_municipalityName)
                              : tr("in any municipality");
    if (result.words.isEmpty())
        m_status->setText(text.isEmpty() ? tr("Type one or more words.")
                                         : tr("“%1” holds no word to search for.").arg(text));
    else if (result.groups.isEmpty())
        m_status->setText(tr("Nothing matched “%1” %2.").arg(text, where));
    else
        m_status->setText(tr("%1 in %2 %3, the best first.")
                              .arg(tr("%n hit(s)", "", result.total()),
                                   tr("%n register(s)", "", int(result.groups.size())), where));
}

} // namespace lk
