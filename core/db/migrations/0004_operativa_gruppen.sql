-- Operativa gruppen: monthly meetings, who attended, pseudonymous cases, what was said about each case at each
-- meeting, and the action items a meeting decides. Cases hold no names: a case is known by its code only.
CREATE TABLE og_meetings (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    promise_id INTEGER REFERENCES promises (id) ON DELETE SET NULL,
    held_on TEXT NOT NULL,
    place TEXT,
    chair TEXT,
    agenda TEXT,
    minutes TEXT
);
CREATE INDEX og_meetings_by_date ON og_meetings (municipality_id, held_on);
CREATE INDEX og_meetings_by_promise ON og_meetings (promise_id);

CREATE TABLE og_attendance (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    meeting_id INTEGER NOT NULL REFERENCES og_meetings (id) ON DELETE CASCADE,
    organisation TEXT NOT NULL,
    present INTEGER NOT NULL CHECK (present >= 0),
    UNIQUE (meeting_id, organisation)
);

CREATE TABLE og_cases (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    kind TEXT NOT NULL,
    age_band TEXT NOT NULL,
    status TEXT NOT NULL,
    path TEXT,
    responsible TEXT,
    consent INTEGER NOT NULL DEFAULT 0,
    consent_by TEXT,
    consent_on TEXT,
    background TEXT,
    outcome TEXT,
    closed_on TEXT,
    thinned_on TEXT,
    UNIQUE (municipality_id, code)
);

CREATE TABLE og_case_notes (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    case_id INTEGER NOT NULL REFERENCES og_cases (id) ON DELETE CASCADE,
    meeting_id INTEGER NOT NULL REFERENCES og_meetings (id) ON DELETE CASCADE,
    note TEXT,
    decisions TEXT,
    UNIQUE (case_id, meeting_id)
);
CREATE INDEX og_case_notes_by_meeting ON og_case_notes (meeting_id);

CREATE TABLE action_items (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    meeting_id INTEGER NOT NULL REFERENCES og_meetings (id) ON DELETE CASCADE,
    what TEXT NOT NULL,
    responsible TEXT NOT NULL,
    due_on TEXT,
    status TEXT NOT NULL,
    done_on TEXT
);
CREATE INDEX action_items_by_meeting ON action_items (meeting_id);
CREATE INDEX action_items_by_due ON action_items (status, due_on);

-- A target can now be counted from a register ("og_meetings": the meetings that count for its promise).
ALTER TABLE targets ADD COLUMN source TEXT;
UPDATE targets SET source = 'og_meetings' WHERE counted = 'Möten i Operativa gruppen';
