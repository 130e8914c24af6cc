-- Neighbourhood watch (grannsamverkan): the areas, with a main contact stored only with consent, and what
-- happens in them (trainings, meetings, newsletters, fire-safety information). Outcome indicators: what the
-- promises aim at (fewer burglaries, less insecurity), with values per year or quarter.
CREATE TABLE watch_areas (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    housing TEXT NOT NULL,
    households INTEGER CHECK (households >= 0),
    households_joined INTEGER CHECK (households_joined >= 0),
    contact_persons INTEGER CHECK (contact_persons >= 0),
    contact_consent INTEGER NOT NULL DEFAULT 0,
    contact_name TEXT,
    contact_phone TEXT,
    started_on TEXT NOT NULL,
    signs_on TEXT,
    channels TEXT,
    status TEXT NOT NULL,
    ended_on TEXT,
    note TEXT,
    -- A name or phone number of the main contact only with their consent.
    CHECK (contact_consent = 1 OR (contact_name IS NULL AND contact_phone IS NULL))
);
CREATE INDEX watch_areas_by_municipality ON watch_areas (municipality_id, name);

CREATE TABLE watch_events (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    area_id INTEGER NOT NULL REFERENCES watch_areas (id) ON DELETE CASCADE,
    promise_id INTEGER REFERENCES promises (id) ON DELETE SET NULL,
    held_on TEXT NOT NULL,
    kind TEXT NOT NULL,
    topic TEXT,
    participants INTEGER CHECK (participants >= 0),
    note TEXT
);
CREATE INDEX watch_events_by_area ON watch_events (area_id, held_on);
CREATE INDEX watch_events_by_promise ON watch_events (promise_id, held_on);

CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    source TEXT NOT NULL,
    direction TEXT NOT NULL,
    baseline_year INTEGER,
    baseline_value REAL,
    target_year INTEGER,
    target_value REAL,
    focus_area_id INTEGER REFERENCES focus_areas (id) ON DELETE SET NULL,
    description TEXT
);
CREATE INDEX indicators_by_municipality ON indicators (municipality_id, name);

CREATE TABLE indicator_values (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    quarter INTEGER NOT NULL DEFAULT 0 CHECK (quarter BETWEEN 0 AND 4),
    value REAL NOT NULL,
    note TEXT,
    -- One value per year (quarter 0) or quarter.
    UNIQUE (indicator_id, year, quarter)
);

-- A target may count only the events of one kind: "four trainings a year" beside "six newsletters a year".
ALTER TABLE targets ADD COLUMN only_kind TEXT;
