// MainWindow: navigation, the period switcher, menus and status bar around the pages of the open file.
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace lk {

struct Error;
class AuditLogDialog;
class BackupKeeper;
class Document;
class Page;
class Handbook;
struct PageLink;
class ScopeBar;
class SearchDialog;
struct SearchHit;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Where the file to open at start comes from: the default place, made (folder and all) from the Salem
    // template the first time; or a path the user gave, which is never made in a folder that is not there.
    enum class Start { Default, Given };
    // Opens `path` (a missing file is made from the Salem template). Call before show().
    void openAtStart(const QString& path, Start start);
    // Opens `path`, telling the user in a dialog when it cannot be opened (the current file stays open then).
    bool openFile(const QString& path);
    bool createFile(const QString& path, const QString& templateName);
    // Imports `path` after a preview the user confirms (File > Import…); false when cancelled or refused.
    bool importFile(const QString& path);
    // File > Restore from a backup…: the file's backups to choose from; true when one was restored.
    bool restoreDialog();
    // Puts `backup` in the place of the open file (kept as a new backup first) and opens it again.
    bool restore(const QString& backup);
    // Edit > Change log…: shows the file's audit log beside the window (opened once, then raised).
    AuditLogDialog* showAuditLog();
    // Help > Handbook (F1): the guide beside the window, at the section of the page in view.
    Handbook* showHandbook();
    // Edit > Search… (Ctrl+F): the search over the window (made once, then shown again with its words and
    // hits); opening a hit hides it.
    SearchDialog* showSearch();
    // Opens a search hit's record on its page (choosing its municipality and period); false when no page
    // shows it or what owns it.
    bool openRecord(const SearchHit& hit);
    // How long after a change the next backup is made (15 minutes, or the setting "backupMinutes").
    void setBackupInterval(int milliseconds);
    // Quits once the window has been shown: the start-up benchmark measures up to here.
    void exitWhenShown();

    Document* document() const { return m_document.get(); }
    ScopeBar* scopeBar() const { return m_scope; }
    template <typename T> T* page() const {
        for (Page* p : m_pages) {
            if (auto* typed = qobject_cast<T*>(p))
                return typed;
        }
        return nullptr;
    }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void setDocument(std::unique_ptr<Document> document);
    void showEmpty();
    void newFile();
    void openDialog();
    void saveCopy();
    void importDialog();
    void rememberRecent(const QString& path);
    void fillRecentMenu();
    void showError(const QString& title, const QString& message);
    void showReadFailure(const QString& message);
    void releaseDocument();
    // What a file that did not open gets: the offers that fit its error (read-only, its newest backup).
    bool recover(const QString& path, const Error& error);
    void closeDamaged(const Error& error);
    // A consistent copy in backups/ beside the file when it changed since it was opened (then thinned).
    void fitNavigation();
    // Opens the page a link leads to, as the navigation would.
    void followLink(const PageLink& link);

    std::unique_ptr<Document> m_document;
    QList<QMetaObject::Connection> m_documentConnections;
    bool m_showingReadFailure = false;
    BackupKeeper* m_backups = nullptr;
    ScopeBar* m_scope = nullptr;
    QList<Page*> m_pages;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_promisesMenu = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_saveCopy = nullptr;
    QAction* m_import = nullptr;
    QAction* m_exportExcel = nullptr;
    QAction* m_report = nullptr;
    QAction* m_restore = nullptr;
    QAction* m_auditLog = nullptr;
    QAction* m_search = nullptr;
    QPointer<AuditLogDialog> m_auditLogDialog;
    QPointer<Handbook> m_handbook;
    QPointer<SearchDialog> m_searchDialog;
    QLabel* m_fileLabel = nullptr;
    QLabel* m_lockLabel = nullptr;
    QLabel* m_backupLabel = nullptr;
};

} // namespace lk
