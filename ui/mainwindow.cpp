#include "mainwindow.h"

#include "common/backupkeeper.h"
#include "common/connectdialog.h"
#include "common/connectionbanner.h"
#include "common/importdialog.h"
#include "common/language.h"
#include "common/openfailure.h"
#include "common/recordform.h"
#include "common/restoredialog.h"
#include "common/screenfit.h"
#include "common/spreadsheetexport.h"
#include "common/startuptrace.h"
#include "common/windowprogress.h"
#include "db/backups.h"
#include "db/connectionwatch.h"
#include "db/serverurl.h"
#include "document/document.h"
#include "help/handbook.h"
#include "indicators/indicatorspage.h"
#include "io/templates.h"
#include "og/ogpage.h"
#include "overview/overviewpage.h"
#include "police/policepage.h"
#include "privacy/auditlogdialog.h"
#include "promises/promiseregisters.h"
#include "promises/promisespage.h"
#include "promises/scopebar.h"
#include "report/reportdialog.h"
#include "search/recordopener.h"
#include "search/searchdialog.h"
#include "tobacco/tobaccopage.h"
#include "todo/todopage.h"
#include "walks/walkspage.h"
#include "watch/watchpage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QListWidgetItem>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

namespace lk {

namespace {
const QString recentKey = QStringLiteral("recentFiles");
const QString geometryKey = QStringLiteral("windowGeometry");
constexpr int recentCount = 8;

// For the start-up benchmark: quits once the window system has put the window on screen and it has painted.
class QuitWhenExposed : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Expose && static_cast<QWindow*>(watched)->isExposed()) {
            StartupTrace::mark("exposed");
            QTimer::singleShot(0, qApp, [] {
                StartupTrace::mark("painted");
                QCoreApplication::quit();
            });
        }
        return false;
    }
};
const QString fileFilter = QStringLiteral("Löfteskollen (*.sqlite)");

// Above the pages of a file open read-only: why, and what the user can still do.
QLabel* readOnlyBanner(const QString& reason, QWidget* parent) {
    auto* banner = new QLabel(
        MainWindow::tr("<b>Read-only.</b> %1 You can read everything, print reports and save a copy, but "
                       "not change anything.")
            .arg(reason.toHtmlEscaped()),
        parent);
    banner->setObjectName(QStringLiteral("readOnlyBanner"));
    banner->setWordWrap(true);
    banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #d9b64a; "
                                         "border-radius: 4px; padding: 6px 10px; color: #3d3000; }"));
    return banner;
}

// A server's database in the title: its name and the server's ("lofteskollen on db.kommun.local"); a
// server reached through a local socket has no host name to show.
QString serverTitle(const QString& url) {
    auto server = ServerUrl::parse(url);
    if (!server)
        return url;
    const QString host = server->hostName();
    return host.isEmpty() || host.startsWith(u'/')
               ? MainWindow::tr("%1 on the server").arg(server->databaseName())
               : MainWindow::tr("%1 on %2").arg(server->databaseName(), host);
}

// Opens a database on a server, asking for the password when the server wants one (again, with the reason,
// when it refuses it). The password goes into this connection alone, never into the settings. An empty
// error: the user cancelled.
Result<std::unique_ptr<Document>> connectTo(const QString& url, QWidget* parent) {
    QString attempt = url;
    for (;;) {
        auto document = Document::open(attempt);
        if (document || document.error().field != ServerUrl::passwordField)
            return document;
        const auto password = ConnectDialog::askPassword(parent, document.message());
        if (!password)
            return Error{};
        attempt = ServerUrl::withPassword(url, *password);
    }
}

// The dialogs filter on .sqlite, so a name typed without it gets it.
QString withFileSuffix(const QString& path) {
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".sqlite") : path;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(QStringLiteral("Löfteskollen"));
    resize(screenFit(this, QSize(1280, 800)));
    restoreGeometry(QSettings().value(geometryKey).toByteArray());
    m_fileLabel = new QLabel(this);
    m_lockLabel = new QLabel(this);
    m_backupLabel = new QLabel(this);
    m_backupLabel->setObjectName(QStringLiteral("lastBackup"));
    m_backupLabel->setContentsMargins(0, 0, 16, 0);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_backupLabel);
    statusBar()->addPermanentWidget(m_lockLabel);
    m_backups = new BackupKeeper(this, m_backupLabel);
    buildMenus();
}

void MainWindow::setBackupInterval(int milliseconds) {
    m_backups->setInterval(milliseconds);
}

MainWindow::~MainWindow() {
    // The pages watch the document, and the window watches its undo stack: both let go before it closes.
    delete takeCentralWidget();
    releaseDocument();
}

void MainWindow::releaseDocument() {
    // The log and the search read the file being let go.
    delete m_auditLogDialog;
    delete m_searchDialog;
    m_backups->letGo();
    m_backups->watch(nullptr);
    for (const QMetaObject::Connection& connection : std::as_const(m_documentConnections))
        disconnect(connection);
    m_documentConnections.clear();
    m_document.reset();
}

bool MainWindow::restoreDialog() {
    if (!m_document)
        return false;
    const QString path = m_document->path();
    auto backups = Backups::list(path);
    if (!backups || backups->isEmpty()) {
        QMessageBox::information(this, tr("Restore from a backup"),
                                 backups
                                     ? tr("There is no backup of this file yet. One is made when you close "
                                          "the window after changes.")
                                     : backups.message());
        return false;
    }
    RestoreDialog dialog(*backups, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty())
        return false;
    return restore(dialog.chosen());
}

AuditLogDialog* MainWindow::showAuditLog() {
    if (!m_document)
        return nullptr;
    // Not modal: the log can stay open while the user works, and follows each change.
    if (!m_auditLogDialog) {
        m_auditLogDialog = new AuditLogDialog(m_document.get(), this);
        m_auditLogDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_auditLogDialog->show();
    m_auditLogDialog->raise();
    m_auditLogDialog->activateWindow();
    return m_auditLogDialog;
}

void MainWindow::followLink(const PageLink& link) {
    for (int row = 0; row < m_pages.size(); ++row) {
        if (link.leadsTo(m_pages.at(row))) {
            m_navigation->setCurrentRow(row);
            link.focus(m_pages.at(row));
        }
    }
}

Handbook* MainWindow::showHandbook() {
    if (!m_handbook) {
        m_handbook = new Handbook(this);
        m_handbook->setAttribute(Qt::WA_DeleteOnClose);
    }
    const Page* shown = m_stack ? qobject_cast<const Page*>(m_stack->currentWidget()) : nullptr;
    m_handbook->showSection(Handbook::sectionOf(shown));
    m_handbook->show();
    m_handbook->raise();
    m_handbook->activateWindow();
    return m_handbook;
}

SearchDialog* MainWindow::showSearch() {
    if (!m_document)
        return nullptr;
    // Not modal: the window stays usable while it is open.
    if (!m_searchDialog) {
        m_searchDialog = new SearchDialog(m_document.get(), this);
        // Kept when closed, with its words and hits: Ctrl+F brings them back for the next hit.
        connect(m_searchDialog, &SearchDialog::openHit, this, [this](const SearchHit& hit) {
            // The record's page is seen, not covered by the search.
            if (openRecord(hit))
                m_searchDialog->hide();
            else
                m_searchDialog->notShown(hit);
        });
        const auto followScope = [this] {
            if (m_searchDialog && m_scope)
                m_searchDialog->setMunicipality(m_scope->municipalityId(), m_scope->municipalityName());
        };
        connect(m_scope, &ScopeBar::periodChanged, m_searchDialog, followScope);
        followScope();
    }
    m_searchDialog->show();
    m_searchDialog->raise();
    m_searchDialog->activateWindow();
    m_searchDialog->text()->setFocus();
    m_searchDialog->text()->selectAll();
    return m_searchDialog;
}

bool MainWindow::openRecord(const SearchHit& hit) {
    if (!m_document || !m_scope)
        return false;
    Page* page = RecordOpener::open(m_document.get(), m_scope, m_pages, hit);
    if (!page)
        return false;
    m_navigation->setCurrentRow(int(m_pages.indexOf(page)));
    return true;
}

bool MainWindow::restore(const QString& backup) {
    const QString path = m_document->path();
    // What is open now is kept first, so that restoring can itself be undone by restoring again.
    WindowProgress progress(this, tr("Restore from a backup"));
    if (auto kept = Backups::make(m_document->database(), QDateTime::currentDateTime(), progress); !kept) {
        if (!WindowProgress::tellIfStopped(this, kept.error()))
            showError(tr("Nothing was restored"), kept.message());
        return false;
    }
    m_backups->forgetChanges();
    showEmpty();
    releaseDocument();
    const Status restored = Backups::restore(backup, path);
    openFile(path);
    if (!restored) {
        showError(tr("Nothing was restored"), restored.message());
        return false;
    }
    statusBar()->showMessage(
        tr("Restored the backup from %1.")
            .arg(QFileInfo(backup).lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
        10000);
    return true;
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New…"), QKeySequence::New, this, &MainWindow::newFile);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    file->addAction(tr("Connect to &server…"), this,
                    [this] {
                        // The field starts with the last server used.
                        const QStringList recent = QSettings().value(recentKey).toStringList();
                        const auto last = std::find_if(recent.begin(), recent.end(), &ServerUrl::isServerUrl);
                        ConnectDialog dialog(last == recent.end() ? QString() : *last, this);
                        if (dialog.exec() == QDialog::Accepted)
                            openFile(dialog.url());
                    })
        ->setObjectName(QStringLiteral("connectToServer"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_saveCopy =
        file->addAction(tr("Save a &copy…"), QKeySequence(tr("Ctrl+Shift+S")), this, &MainWindow::saveCopy);
    m_import = file->addAction(tr("&Import…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::importDialog);
    m_import->setToolTip(tr("Read an export or the changes from another computer, after a preview"));
    m_restore = file->addAction(tr("Restore from a &backup…"), this, [this] { restoreDialog(); });
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    file->addSeparator();
    m_exportExcel = file->addAction(tr("&Export to Excel…"), this, [this] {
        SpreadsheetExport::exportFile(m_document.get(), m_scope->municipalityId(), this);
    });
    m_exportExcel->setObjectName(QStringLiteral("exportExcel"));
    m_exportExcel->setToolTip(tr("Every register of the file or of the chosen municipality, a sheet each"));
    m_report = file->addAction(tr("Follow-up &report…"), QKeySequence::Print, this, [this] {
        ReportDialog dialog(m_document.get(), m_scope->periodId(), this);
        dialog.exec();
    });
    m_report->setToolTip(
        tr("The council's report as PDF, ODT or printed, or the public summary for the web"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redo"));
    m_redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    edit->addSeparator();
    m_auditLog = edit->addAction(tr("Change &log…"), this, [this] { showAuditLog(); });
    m_auditLog->setObjectName(QStringLiteral("auditLog"));
    m_auditLog->setToolTip(tr("Who changed what and when, with the values before and after"));
    edit->addSeparator();
    m_search = edit->addAction(tr("&Search…"), this, [this] { showSearch(); });
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setShortcut(QKeySequence::Find);
    m_search->setToolTip(tr("Find words in the text of every register and open what is found"));

    m_promisesMenu = menuBar()->addMenu(tr("&Period"));

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Backups…"), m_backups, &BackupKeeper::editSettings);
    QMenu* language = settings->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current = Language::choose({});
    for (const auto& [code, name] : {std::pair{QStringLiteral("sv"), QStringLiteral("Svenska")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            Language::save(code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The new language is used from the next start of Löfteskollen."));
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* handbook =
        help->addAction(tr("&Handbook"), QKeySequence::HelpContents, this, [this] { showHandbook(); });
    handbook->setObjectName(QStringLiteral("handbook"));
    handbook->setToolTip(tr("The guide to every page and to the year's routine, at the page in view"));
    help->addSeparator();
    help->addAction(tr("&About Löfteskollen"), this, [this] {
        QMessageBox::about(
            this, tr("About Löfteskollen"),
            tr("<h3>Löfteskollen %1</h3><p>Follow-up of the citizen promises (medborgarlöften) that a "
               "municipality and the police make together.</p><p>Everything is kept in one file on "
               "this computer.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showEmpty() {
    m_pages.clear();
    m_scope = nullptr;
    auto* label =
        new QLabel(tr("<h2>No file is open</h2><p>Open a Löfteskollen file with File &gt; Open…, or "
                      "create one with File &gt; New….</p>"));
    label->setAlignment(Qt::AlignCenter);
    delete takeCentralWidget();
    setCentralWidget(label);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    m_saveCopy->setEnabled(false);
    m_import->setEnabled(false);
    m_exportExcel->setEnabled(false);
    m_report->setEnabled(false);
    m_restore->setEnabled(false);
    m_auditLog->setEnabled(false);
    m_search->setEnabled(false);
    m_promisesMenu->clear();
    m_promisesMenu->setEnabled(false);
    setWindowFilePath({});
    m_fileLabel->setText(tr("No file open"));
    m_lockLabel->clear();
}

void MainWindow::setDocument(std::unique_ptr<Document> document) {
    delete takeCentralWidget();
    m_pages.clear();
    releaseDocument();
    m_document = std::move(document);
    Document* doc = m_document.get();

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setIconSize(QSize(20, 20));
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.2);
    m_navigation->setFont(navigationFont);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px; }"));
    layout->addWidget(m_navigation);

    auto* right = new QVBoxLayout;
    if (doc->isReadOnly())
        right->addWidget(readOnlyBanner(doc->readOnlyReason(), central));
    if (ConnectionWatch* watch = ConnectionWatch::of(doc)) {
        auto* banner = new ConnectionBanner(watch, doc->path(), central);
        connect(banner, &ConnectionBanner::restored, this,
                [this] { statusBar()->showMessage(tr("Connected to the server again."), 10000); });
        right->addWidget(banner);
    }
    StartupTrace::mark("document open");
    m_scope = new ScopeBar(doc, central);
    StartupTrace::mark("scope bar made");
    right->addWidget(m_scope);
    m_stack = new QStackedWidget(central);
    right->addWidget(m_stack, 1);
    layout->addLayout(right, 1);

    StartupTrace::mark("stack made");
    // A later register adds its page here. The overview comes first: the window opens on it.
    auto* overview = new OverviewPage(doc, m_stack);
    auto* todo = new TodoPage(doc, m_stack);
    m_pages = {overview,
               todo,
               new PromisesPage(doc, m_stack),
               new WalksPage(doc, m_stack),
               new OgPage(doc, m_stack),
               new PolicePage(doc, m_stack),
               new TobaccoPage(doc, m_stack),
               new WatchPage(doc, m_stack),
               new IndicatorsPage(doc, m_stack)};
    // A figure of the overview opens the page behind it, as choosing it in the navigation would; an item to
    // do opens its record, as a search hit does.
    connect(overview, &OverviewPage::openPage, this, &MainWindow::followLink);
    connect(todo, &TodoPage::openRecord, this, &MainWindow::openRecord);
    for (Page* page : m_pages) {
        m_stack->addWidget(page);
        auto* item = new QListWidgetItem(m_navigation);
        const auto showBadge = [item, page] {
            const QString badge = page->badge();
            item->setText(badge.isEmpty() ? page->title() : tr("%1 (%2)").arg(page->title(), badge));
        };
        connect(page, &Page::badgeChanged, m_navigation, showBadge);
        connect(page, &Page::badgeChanged, m_navigation, [this] { fitNavigation(); });
        connect(m_scope, &ScopeBar::periodChanged, page, &Page::setPeriod);
        page->setPeriod(m_scope->periodId());
        showBadge();
        StartupTrace::mark(page->metaObject()->className());
        // Ctrl+1 … Ctrl+9 go to the pages in the navigation's order, from anywhere in the window.
        if (const int row = m_navigation->count() - 1; row < 9) {
            auto* go = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)), central);
            go->setObjectName(QStringLiteral("goToPage%1").arg(row + 1));
            connect(go, &QShortcut::activated, m_navigation,
                    [this, row] { m_navigation->setCurrentRow(row); });
            item->setToolTip(tr("Ctrl+%1").arg(row + 1));
        }
    }
    StartupTrace::mark("pages made");
    fitNavigation();
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
    setCentralWidget(central);
    StartupTrace::mark("first page set");

    m_promisesMenu->clear();
    m_promisesMenu->addActions(m_scope->periodActions());
    m_promisesMenu->setEnabled(true);
    QUndoStack* stack = doc->undoStack();
    auto refresh = [this, stack] {
        m_undo->setEnabled(stack->canUndo());
        m_undo->setText(stack->canUndo() ? tr("&Undo “%1”").arg(stack->undoText()) : tr("&Undo"));
        m_redo->setEnabled(stack->canRedo());
        m_redo->setText(stack->canRedo() ? tr("&Redo “%1”").arg(stack->redoText()) : tr("&Redo"));
    };
    m_documentConnections = {
        connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo),
        connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo),
        connect(stack, &QUndoStack::indexChanged, this, refresh),
        // While the server's connection is lost its banner says so; a box for every failure would only
        // stand in the way.
        connect(doc, &Document::failed, this,
                [this, doc](const QString& message) {
                    if (!ConnectionWatch::lostOn(doc))
                        showError(tr("Not saved"), message);
                }),
        connect(doc, &Document::readFailed, this, &MainWindow::showReadFailure),
        // Let go once the signal has returned: the document that sends it goes with it.
        connect(doc, &Document::damaged, this,
                [this](const QString& message) {
                    QTimer::singleShot(0, this, [this, message] { closeDamaged(Error{message}); });
                }),
        connect(doc, &Document::changed, m_backups, &BackupKeeper::noteChange),
    };
    // A server is backed up by its own keepers (and backup --server); the copies beside a file are for files.
    const bool server = doc->database().engine() != Engine::Sqlite;
    m_backups->watch(server ? nullptr : doc);
    refresh();
    m_saveCopy->setEnabled(true);
    m_import->setEnabled(!doc->isReadOnly());
    m_exportExcel->setEnabled(true);
    m_report->setEnabled(true);
    m_restore->setEnabled(!doc->isReadOnly() && !server);
    m_auditLog->setEnabled(true);
    m_search->setEnabled(true);

    setWindowFilePath(server ? QString() : doc->path());
    setWindowTitle(QStringLiteral("%1 – Löfteskollen")
                       .arg(server ? serverTitle(doc->path()) : QFileInfo(doc->path()).fileName()));
    m_fileLabel->setText(server ? doc->path() : QDir::toNativeSeparators(doc->path()));
    m_lockLabel->setText(doc->isReadOnly() ? tr("Read-only")
                         : server          ? tr("Shared on the server")
                                           : tr("Locked for editing by this window"));
    if (server)
        m_backupLabel->setText(tr("Backups are kept on the server"));
    rememberRecent(doc->path());
}

void MainWindow::fitNavigation() {
    // As wide as its longest entry with its badge ("Operativa gruppen (3 försenade)"), never narrower than
    // 200.
    int widest = 200;
    for (int row = 0; row < m_navigation->count(); ++row)
        widest = std::max(
            widest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(row)->text()) + 40);
    m_navigation->setFixedWidth(widest);
}

void MainWindow::openAtStart(const QString& path, Start start) {
    // Only the default place is made: a path the user typed in a missing folder is refused, as on the
    // command line, rather than making the folders of a typing mistake.
    if (start == Start::Default && !QFileInfo::exists(path) && !QFileInfo(path).absoluteDir().exists())
        QDir().mkpath(QFileInfo(path).absolutePath());
    const bool opened = ServerUrl::isServerUrl(path) || QFileInfo::exists(path)
                            ? openFile(path)
                            : createFile(path, Templates::defaultName());
    // Only now, so that a normal start never builds a page it throws away.
    if (!opened)
        showEmpty();
}

bool MainWindow::openFile(const QString& path) {
    if (ServerUrl::isServerUrl(path)) {
        if (auto parsed = ServerUrl::parse(path);
            m_document && parsed && m_document->path() == parsed->display())
            return true;
        auto document = connectTo(path, this);
        if (!document) {
            if (!document.message().isEmpty())
                showError(tr("Not connected"), document.message());
            return false;
        }
        setDocument(std::move(*document));
        return true;
    }
    // Open recent lists the open file too; choosing it again changes nothing.
    if (m_document && QFileInfo(path) == QFileInfo(m_document->path()))
        return true;
    auto document = Document::open(path);
    if (!document)
        return recover(path, document.error());
    setDocument(std::move(*document));
    return true;
}

bool MainWindow::recover(const QString& path, const Error& error) {
    const OpenFailure::Answer answer = OpenFailure::ask(this, path, error);
    if (answer.choice == OpenFailure::Choice::Nothing)
        return false;
    Result<std::unique_ptr<Document>> document = Error{};
    QString note;
    if (answer.choice == OpenFailure::Choice::ReadOnly) {
        document = Document::openReadOnly(
            path, tr("Another window has the file open for changes; here you see what it has saved."));
    } else {
        auto kept = Backups::replaceUnreadable(answer.backup, path);
        if (!kept) {
            showError(tr("Nothing was restored"), kept.message());
            return false;
        }
        document = Document::open(path);
        if (!kept->isEmpty())
            note = tr("The newest backup was restored. The file that did not open is kept as %1.")
                       .arg(QDir::toNativeSeparators(*kept));
    }
    if (!document) {
        showError(tr("The file was not opened"), document.message());
        return false;
    }
    setDocument(std::move(*document));
    if (!note.isEmpty())
        statusBar()->showMessage(note, 20000);
    return true;
}

void MainWindow::closeDamaged(const Error& error) {
    // A large file was opened before its pages were read through; they were found damaged. It is let go
    // as if it had not opened, with the same offers (its newest backup).
    if (!m_document)
        return;
    const QString path = m_document->path();
    releaseDocument();
    showEmpty();
    recover(path, error);
}

bool MainWindow::createFile(const QString& path, const QString& templateName) {
    auto database = Templates::createFile(path, templateName);
    if (!database) {
        showError(tr("The file was not created"), database.message());
        return false;
    }
    setDocument(std::make_unique<Document>(std::move(*database)));
    statusBar()->showMessage(tr("Created %1.").arg(QDir::toNativeSeparators(path)), 20000);
    return true;
}

void MainWindow::newFile() {
    const QString path = QFileDialog::getSaveFileName(this, tr("New file"), QDir::homePath(), fileFilter,
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    const QString withSuffix = withFileSuffix(path);
    const QStringList choices{tr("Salem 2021–2022 (the eight promises as a starting point)"), tr("Empty")};
    bool ok = false;
    const QString choice =
        QInputDialog::getItem(this, tr("New file"), tr("Start the new file from:"), choices, 0, false, &ok);
    if (!ok)
        return;
    createFile(withSuffix, choice == choices.first() ? Templates::defaultName() : QStringLiteral("empty"));
}

void MainWindow::openDialog() {
    const QString start = m_document && !ServerUrl::isServerUrl(m_document->path())
                              ? QFileInfo(m_document->path()).absolutePath()
                              : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open file"), start, fileFilter);
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopy() {
    if (!m_document)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save a copy"), QFileInfo(m_document->path()).absolutePath(),
                                     fileFilter, nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (auto saved = m_document->database().saveCopy(withFileSuffix(path)); !saved)
        showError(tr("The copy was not saved"), saved.message());
    else
        statusBar()->showMessage(
            tr("A copy was saved as %1.").arg(QDir::toNativeSeparators(withFileSuffix(path))), 8000);
}

void MainWindow::importDialog() {
    if (!m_document)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import"), QFileInfo(m_document->path()).absolutePath(), tr("Löfteskollen export (*.json)"));
    if (!path.isEmpty())
        importFile(path);
}

bool MainWindow::importFile(const QString& path) {
    auto imported = ImportDialog::importFile(m_document.get(), path, this);
    if (!imported)
        return false;
    statusBar()->showMessage(
        tr("Imported %1: %2 added, %3 changed, %4 deleted, %n conflict(s) left as they were.", "",
           int(imported->conflicts.size()))
            .arg(QFileInfo(path).fileName())
            .arg(imported->added)
            .arg(imported->updated)
            .arg(imported->deleted),
        15000);
    return true;
}

void MainWindow::rememberRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    if (recent.value(0) == path)
        return; // already first: no write, so opening a file costs no settings sync
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(recentKey, recent.mid(0, recentCount));
}

void MainWindow::fillRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentKey).toStringList();
    for (const QString& path : recent) {
        // A server's URL holds '&' between its options, which a menu would take for a mnemonic.
        QAction* action =
            m_recentMenu->addAction(QDir::toNativeSeparators(path).replace(u'&', QStringLiteral("&&")), this,
                                    [this, path] { openFile(path); });
        action->setEnabled(ServerUrl::isServerUrl(path) || QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

void MainWindow::showReadFailure(const QString& message) {
    // Several views may fail on the same damaged page at once; one message is enough. A server's lost
    // connection has its banner instead.
    if (m_showingReadFailure || ConnectionWatch::lostOn(m_document.get()))
        return;
    // A page that fails while the window is being built is told once the window is up: a box's event loop
    // in the middle of building it let go of widgets that showing it then reached.
    if (!isVisible()) {
        QTimer::singleShot(0, this, [this, message] { showReadFailure(message); });
        return;
    }
    m_showingReadFailure = true;
    showError(
        tr("The file could not be read"),
        tr("%1\n\nWhat is shown may be incomplete. Nothing was changed. Close Löfteskollen and open the "
           "file again; if this comes back, the file may be damaged.")
            .arg(message));
    m_showingReadFailure = false;
}

void MainWindow::showError(const QString& title, const QString& message) {
    QMessageBox::warning(this, title, message);
}

void MainWindow::exitWhenShown() {
    // The window is on screen once the window system exposes it; its first paint happens in that same event.
    QWindow* window = windowHandle();
    if (!window)
        return;
    window->installEventFilter(new QuitWhenExposed(this));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Fields save when they lose focus; moving focus away saves the one being typed in.
    if (QWidget* focused = QApplication::focusWidget())
        focused->clearFocus();
    // An edit that was just refused is not silently dropped: the user decides.
    for (const RecordForm* form : findChildren<RecordForm*>()) {
        if (!form->hasFailedSave() || !form->isVisible())
            continue;
        const auto answer =
            QMessageBox::question(this, tr("An edit was not saved"),
                                  tr("%1\n\nClose Löfteskollen without this edit?").arg(form->errorText()));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        break;
    }
    // Written only when it moved or was resized: an unchanged value would still rewrite and sync the file.
    QSettings settings;
    if (const QByteArray geometry = saveGeometry(); settings.value(geometryKey).toByteArray() != geometry)
        settings.setValue(geometryKey, geometry);
    m_backups->letGo();
    event->accept();
}

} // namespace lk
