#include "document/document.h"

#include "promises/countsfor.h"
#include "register/fieldrules.h"

#include "db/changelistener.h"
#include "db/connectionwatch.h"
#include "db/dialect.h"
#include "document/changecommand.h"
#include "register/rowversions.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

namespace lk {

Result<std::unique_ptr<Document>> Document::open(const QString& path, Database::Create create) {
    // A large file opens at once and is read through for damage beside the window.
    auto database = Database::open(path, create, Database::PageCheck::AfterWhenLarge);
    if (!database && database.error().cause == Error::Cause::ReadOnly)
        return openReadOnly(path, tr("The file %1 is read-only, or is in a folder where this account may not "
                                     "write.")
                                      .arg(QFileInfo(path).fileName()));
    if (!database)
        return database.error();
    const bool unchecked = (*database)->pagesUnchecked();
    auto document = std::make_unique<Document>(std::move(*database));
    if (unchecked) {
        // Started once the window has had time to show itself (a check beside it on two cores slowed that
        // by half), or at once when an edit comes first.
        document->m_pageCheckPending = true;
        QTimer::singleShot(500, document.get(), &Document::startPageCheck);
    }
    return document;
}

void Document::startPageCheck() {
    if (!m_pageCheckPending)
        return;
    m_pageCheckPending = false;
    // The worker writes m_pages only; it is read after the thread has ended (collectPageCheck).
    m_pageCheck =
        QThread::create([this, path = path()] { m_pages = Database::checkPagesOf(path, &m_stopPageCheck); });
    connect(m_pageCheck, &QThread::finished, this, &Document::collectPageCheck);
    m_pageCheck->start(QThread::LowPriority);
}

void Document::collectPageCheck() {
    // Reached twice when pagesChecked() waited first and the queued finished arrives later.
    if (!m_pageCheck || m_pageCheck->isRunning())
        return;
    delete m_pageCheck;
    delete ConnectionWatch::of(this); // it asks the connection, which closes with the database
    m_pageCheck = nullptr;
    if (!m_pages)
        emit damaged(m_pages.message());
}

Status Document::pagesChecked() {
    startPageCheck();
    if (m_pageCheck) {
        m_pageCheck->wait();
        collectPageCheck();
    }
    return m_pages;
}

Result<std::unique_ptr<Document>> Document::openReadOnly(const QString& path, const QString& reason) {
    auto database = Database::openForReading(path);
    if (!database)
        return database.error();
    auto document = std::make_unique<Document>(std::move(*database));
    document->m_readOnlyReason = reason;
    return document;
}

Status Document::checkWritable() {
    // Nothing is written to a file before it is known to be whole.
    if (Status whole = pagesChecked(); !whole)
        return whole;
    if (!isReadOnly())
        return {};
    return Error{tr("The file is open read-only, so nothing can be changed; nothing was saved. %1")
                     .arg(m_readOnlyReason)
                     .trimmed(),
                 Error::Cause::ReadOnly};
}

Document::Document(std::unique_ptr<Database> database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database)) {
    if (m_database->engine() == Engine::Sqlite)
        return;
    listen();
    auto* watch = new ConnectionWatch(*m_database, this);
    // What the pages show may have changed on the server while the connection was gone: they read again.
    connect(watch, &ConnectionWatch::restored, this, [this] {
        // The listener's own connection went with the server, and with it the LISTEN: it listens anew.
        hear();
        if (auto tables = Dialect::userTables(m_database->connection()); tables)
            notifyExternalChange(QSet<QString>(tables->begin(), tables->end()));
    });
}

void Document::listen() {
    m_changesDue = new QTimer(this);
    m_changesDue->setSingleShot(true);
    m_changesDue->setInterval(100);
    connect(m_changesDue, &QTimer::timeout, this, &Document::tellChanges);
    hear();
}

void Document::hear() {
    delete m_listener;
    m_listener = new ChangeListener(m_database->connection().connectionName(),
                                    QString::fromUtf16(RowVersions::channel), this);
    connect(m_listener, &ChangeListener::notified, this, &Document::noteChange);
}

bool Document::isListening() const {
    return m_listener && m_listener->isListening();
}

void Document::noteChange(const QString& payload) {
    // "table uuid", as the trigger of RowVersions writes it.
    const qsizetype space = payload.indexOf(u' ');
    if (space <= 0)
        return;
    m_changedRows[payload.left(space)].insert(payload.mid(space + 1));
    if (!m_changesDue->isActive())
        m_changesDue->start();
}

void Document::tellChanges() {
    const auto changed = std::exchange(m_changedRows, {});
    QSet<QString> tables;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        emit rowsChangedElsewhere(it.key(), it.value());
        tables.insert(it.key());
    }
    if (!tables.isEmpty())
        emit tablesChangedElsewhere(tables);
}

Document::~Document() {
    // The check reads the file through a connection of its own; it is stopped (closing a window need not
    // wait for it to read a large file through) and ends before the file closes.
    m_stopPageCheck = true;
    if (m_pageCheck)
        m_pageCheck->wait();
    delete m_pageCheck;
    // Commands refer back to this document; they go before the database closes. The listener's connection
    // closes in its own thread, before the writer's.
    m_undoStack.clear();
    delete m_listener;
    m_listener = nullptr;
}

Result<ChangeSet> Document::write(const ChangeSet& changes) {
    if (auto writable = checkWritable(); !writable) {
        emit failed(writable.message());
        return writable.error();
    }
    // Undo and redo bring back each record's own time of change, so an undone edit leaves no trace.
    auto applied = repository().apply(changes, Repository::Stamp::Keep);
    if (!applied) {
        emit failed(applied.message());
        return applied.error();
    }
    emit changed(changes.tables());
    return applied;
}

Result<ChangeSet> Document::perform(const ChangeSet& changes, const QString& description) {
    if (changes.isEmpty())
        return changes;
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    // What the user enters counts for a promise of its own period. (An import or undo writes what was
    // there before, so they are not held to it.)
    // Nor is a date the user gives before the date of what it belongs to (an action before its meeting).
    for (const RowChange& row : changes.rows) {
        if (!row.after)
            continue;
        if (Status inPeriod = CountsFor::check(repository(), *row.spec, *row.after); !inPeriod)
            return inPeriod.error();
        if (Status inOrder =
                FieldRules::notBeforeOwner(repository(), *row.spec, row.before, *row.after, changes);
            !inOrder)
            return inOrder.error();
    }
    auto applied = repository().apply(changes);
    if (!applied)
        return applied.error();
    m_undoStack.push(new ChangeCommand(this, *applied, description));
    emit changed(changes.tables());
    return applied;
}

Result<Record> Document::insert(const RegisterSpec& spec, const Record& record) {
    ChangeSet changes;
    changes.insert(spec, record);
    auto applied = perform(changes, tr("Add %1").arg(spec.displayName().toLower()));
    if (!applied)
        return applied.error();
    return *applied->rows.first().after;
}

Status Document::update(const RegisterSpec& spec, const QString& uuid, const QVariantMap& changedValues,
                        qint64 seenVersion) {
    auto found = repository().find(spec, uuid);
    if (!found)
        return found.error();
    if (!*found && seenVersion <= 0)
        return Error{tr("%1 no longer exists; the change was not saved.").arg(spec.displayName())};
    // Changed or deleted by someone else since the caller read it: the database's own condition says so.
    if (!*found || (seenVersion > 0 && (**found).version != seenVersion))
        return repository().conflict(spec, uuid);
    const Record& before = **found;
    Record after = before;
    QStringList labels;
    for (auto it = changedValues.cbegin(); it != changedValues.cend(); ++it) {
        const FieldSpec* field = spec.findField(it.key());
        if (!field)
            return Error{tr("%1 has no field “%2”.").arg(spec.displayName(), it.key())};
        const QVariant value = field->normalized(it.value());
        if (value == before.value(it.key()))
            continue;
        labels << field->displayLabel().toLower();
        if (value.isValid())
            after.values.insert(it.key(), value);
        else
            after.values.remove(it.key());
    }
    if (labels.isEmpty())
        return {};
    ChangeSet changes;
    changes.update(spec, before, after);
    auto applied = perform(changes, tr("Change %1").arg(labels.join(QStringLiteral(", "))));
    if (!applied)
        return applied.error();
    return {};
}

Status Document::remove(const RegisterSpec& spec, const QString& uuid) {
    auto found = repository().find(spec, uuid);
    if (!found)
        return found.error();
    if (!*found)
        return {};
    auto dependents = repository().dependents(spec, **found);
    if (!dependents)
        return dependents.error();
    ChangeSet changes;
    changes.rows = *dependents;
    changes.remove(spec, **found);
    auto applied = perform(changes, tr("Delete %1").arg(spec.displayName().toLower()));
    if (!applied)
        return applied.error();
    return {};
}

void Document::notifyExternalChange(const QSet<QString>& tables) {
    // An import is not on the undo stack; older steps may refer to rows it replaced.
    m_undoStack.clear();
    emit changed(tables);
}

} // namespace lk
