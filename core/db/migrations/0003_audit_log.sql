-- Who changed what and when. Written in the same transaction as the change it describes.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    changed_at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    table_name TEXT NOT NULL,
    record_uuid TEXT NOT NULL,
    old_values TEXT,
    new_values TEXT
);
CREATE INDEX audit_log_by_record ON audit_log (table_name, record_uuid);
CREATE INDEX audit_log_by_time ON audit_log (changed_at);

-- Settings kept in the file (retention time and the like), as text.
CREATE TABLE settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
