-- What each promise aims to do (targets) and how it stands at each reporting date (statuses).
CREATE TABLE targets (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    promise_id INTEGER NOT NULL REFERENCES promises (id) ON DELETE CASCADE,
    counted TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity >= 0),
    per TEXT NOT NULL,
    unit TEXT
);
CREATE INDEX targets_by_promise ON targets (promise_id);

CREATE TABLE promise_statuses (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    promise_id INTEGER NOT NULL REFERENCES promises (id) ON DELETE CASCADE,
    reported_on TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ej_paborjad', 'paborjad', 'genomford', 'forsenad', 'avford')),
    comment TEXT
);
CREATE INDEX promise_statuses_by_promise ON promise_statuses (promise_id, reported_on);
