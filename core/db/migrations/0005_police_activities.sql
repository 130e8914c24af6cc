-- What the police record: the units they visit (schools, leisure centres, social services), the visits,
-- targeted drug operations, traffic controls and information efforts. Each activity may count for a promise.
CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    address TEXT
);

CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    promise_id INTEGER REFERENCES promises (id) ON DELETE SET NULL,
    visited_on TEXT NOT NULL,
    purpose TEXT NOT NULL,
    initiated_by TEXT NOT NULL,
    pupils INTEGER,
    staff INTEGER,
    topic TEXT,
    note TEXT
);
CREATE INDEX visits_by_date ON visits (municipality_id, visited_on);
CREATE INDEX visits_by_promise ON visits (promise_id);
-- "Two visits per school and term" counts each unit's visits.
CREATE INDEX visits_by_unit ON visits (unit_id, visited_on);

CREATE TABLE drug_operations (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    promise_id INTEGER REFERENCES promises (id) ON DELETE SET NULL,
    held_on TEXT NOT NULL,
    place TEXT NOT NULL,
    hours INTEGER,
    persons_checked INTEGER,
    reports_own_use INTEGER,
    reports_sale INTEGER,
    reports_other INTEGER,
    seizures TEXT,
    note TEXT
);
CREATE INDEX drug_operations_by_date ON drug_operations (municipality_id, held_on);
CREATE INDEX drug_operations_by_promise ON drug_operations (promise_id);

CREATE TABLE traffic_controls (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    promise_id INTEGER REFERENCES promises (id) ON DELETE SET NULL,
    held_on TEXT NOT NULL,
    place TEXT NOT NULL,
    minutes INTEGER,
    focus TEXT NOT NULL,
    vehicles_checked INTEGER,
    breath_tests INTEGER,
    reports_drunk INTEGER,
    reports_drugs INTEGER,
    reports_speed INTEGER,
    reports_other INTEGER,
    note TEXT
);
CREATE INDEX traffic_controls_by_date ON traffic_controls (municipality_id, held_on);
CREATE INDEX traffic_controls_by_promise ON traffic_controls (promise_id);

CREATE TABLE information_efforts (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    promise_id INTEGER REFERENCES promises (id) ON DELETE SET NULL,
    held_on TEXT NOT NULL,
    channel TEXT NOT NULL,
    topic TEXT NOT NULL,
    responsible TEXT NOT NULL,
    reach INTEGER,
    note TEXT
);
CREATE INDEX information_efforts_by_date ON information_efforts (municipality_id, held_on);
CREATE INDEX information_efforts_by_promise ON information_efforts (promise_id);

-- A target may ask for so many visits to each unit of a kind ("two visits per school and term").
ALTER TABLE targets ADD COLUMN each_unit TEXT;
