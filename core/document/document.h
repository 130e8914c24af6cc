// Document: the open file as the window sees it: its database, its undo stack, and change notifications.
#pragma once

#include "common/result.h"
#include "db/database.h"
#include "register/changeset.h"
#include "register/repository.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUndoStack>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace lk {

class ChangeListener;

class Document : public QObject {
    Q_OBJECT
public:
    // A file that cannot be written here (read-only, on a read-only medium or folder) opens for reading:
    // isReadOnly() says so, and readOnlyReason() why.
    static Result<std::unique_ptr<Document>> open(const QString& path,
                                                  Database::Create create = Database::Create::No);
    // For looking at a file another window holds, or one the user chose not to change: `reason` is what the
    // window shows above the pages.
    static Result<std::unique_ptr<Document>> openReadOnly(const QString& path, const QString& reason);
    explicit Document(std::unique_ptr<Database> database, QObject* parent = nullptr);
    ~Document() override;

    Database& database() const { return *m_database; }
    Repository repository() const { return Repository(m_database->connection()); }
    QUndoStack* undoStack() { return &m_undoStack; }
    QString path() const { return m_database->path(); }
    bool isReadOnly() const { return m_database->isReadOnly(); }
    QString readOnlyReason() const { return m_readOnlyReason; }

    // Each edit is saved at once as one undoable step. Failures leave the file as it was.
    Result<Record> insert(const RegisterSpec& spec, const Record& record);
    // `seenVersion` is the version the caller read (a form showing the record); when the row has changed
    // since, nothing is saved and the error (Error::Cause::Conflict) carries the row as it is now. 0 changes
    // the row as it is.
    Status update(const RegisterSpec& spec, const QString& uuid, const QVariantMap& changedValues,
                  qint64 seenVersion = 0);
    // Deletes the record with everything that belongs to it; undo brings all of it back.
    Status remove(const RegisterSpec& spec, const QString& uuid);
    Result<ChangeSet> perform(const ChangeSet& changes, const QString& description);

    // For ChangeCommand: applies without touching the undo stack, and tells the views.
    Result<ChangeSet> write(const ChangeSet& changes);

    // Tells the views that something outside the undo stack (an import) rewrote these tables.
    void notifyExternalChange(const QSet<QString>& tables);
    // A view could not read what it shows (an I/O error, a damaged page); the window tells the user once.
    void reportReadFailure(const QString& message) const { emit readFailed(message); }
    // Whether a large file's pages are still being checked (see Database::PageCheck), and waiting for it:
    // the outcome, an error when the file is damaged. Every edit waits for it first.
    bool checkingPages() const { return m_pageCheckPending || m_pageCheck != nullptr; }
    Status pagesChecked();
    // On a server: whether other clients' changes are heard (rowsChangedElsewhere). Never on a file, which
    // one program writes at a time.
    bool isListening() const;

signals:
    void changed(const QSet<QString>& tables);
    // An undo or redo that the file refused; the message says what happened.
    void failed(const QString& message);
    void readFailed(const QString& message) const;
    // The check of a large file's pages, run after it opened, found it damaged: the window closes it and
    // offers its backups, as for a file that does not open.
    void damaged(const QString& message);
    // Rows of `table` that were written on the server since the last time (by another client, or by this
    // one): the open lists read those rows again. Gathered for a moment, so that a change of many rows
    // arrives once.
    void rowsChangedElsewhere(const QString& table, const QSet<QString>& uuids);
    // The same changes by table, after the rows: what is worked out of whole tables (the promise tree's
    // assessments, Översikt's figures, the badges) is worked out again. Forms are not told: what is typed in
    // one stays (a save then meets the other's change as a conflict).
    void tablesChangedElsewhere(const QSet<QString>& tables);

private:
    Status checkWritable();
    void startPageCheck();
    void collectPageCheck();
    void listen();
    // A listener on a connection of its own, in place of the one before (lost with the server).
    void hear();
    void noteChange(const QString& payload);
    void tellChanges();

    bool m_pageCheckPending = false; // to be started
    QThread* m_pageCheck = nullptr;
    std::atomic<bool> m_stopPageCheck = false; // the file is let go: the check need not finish
    Status m_pages;                            // written by the check's thread, read once it has ended

    std::unique_ptr<Database> m_database;
    QUndoStack m_undoStack;
    QString m_readOnlyReason;
    ChangeListener* m_listener = nullptr;
    QTimer* m_changesDue = nullptr;
    QHash<QString, QSet<QString>> m_changedRows; // by table, heard and not yet told
};

} // namespace lk
