-- Municipalities, their promise periods, focus areas and promises.
-- Every record has an integer key for joins and a UUID that stays the same across files (exports, merges).
CREATE TABLE municipalities (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    name TEXT NOT NULL,
    police_area TEXT
);

CREATE TABLE periods (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    CHECK (end_date >= start_date)
);
CREATE INDEX periods_by_municipality ON periods (municipality_id);

CREATE TABLE focus_areas (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    period_id INTEGER NOT NULL REFERENCES periods (id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    situation TEXT
);
CREATE INDEX focus_areas_by_period ON focus_areas (period_id, sort_order);

CREATE TABLE promises (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    focus_area_id INTEGER NOT NULL REFERENCES focus_areas (id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    aim TEXT,
    text TEXT NOT NULL,
    responsible TEXT NOT NULL CHECK (responsible IN ('kommunen', 'polisen', 'samverkan'))
);
CREATE INDEX promises_by_focus_area ON promises (focus_area_id, sort_order);
