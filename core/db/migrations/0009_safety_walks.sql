-- Safety walks (trygghetsvandringar) and the register of unsafe places (the lägesbild). Places and
-- observations can be pinned on a map image the user loads: a pin is a point given as fractions (0–1) of the
-- image's width and height, so that it stays where it was put whatever size the map is shown at. Pictures are
-- the last column of their table: SQLite reads a row's columns in order, and a column after a photo could
-- only be read by reading the photo first.
CREATE TABLE maps (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    note TEXT,
    image BLOB NOT NULL
);
CREATE INDEX maps_by_municipality ON maps (municipality_id, name);

CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    address TEXT,
    category TEXT NOT NULL,
    description TEXT,
    map_id INTEGER REFERENCES maps (id) ON DELETE SET NULL,
    pin_x REAL CHECK (pin_x BETWEEN 0 AND 1),
    pin_y REAL CHECK (pin_y BETWEEN 0 AND 1)
);
CREATE INDEX places_by_municipality ON places (municipality_id, name);
CREATE INDEX places_by_map ON places (map_id);

CREATE TABLE place_assessments (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    place_id INTEGER NOT NULL REFERENCES places (id) ON DELETE CASCADE,
    assessed_on TEXT NOT NULL,
    level TEXT NOT NULL,
    source TEXT NOT NULL,
    note TEXT
);
CREATE INDEX place_assessments_by_place ON place_assessments (place_id, assessed_on);

CREATE TABLE walks (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    promise_id INTEGER REFERENCES promises (id) ON DELETE SET NULL,
    walked_on TEXT NOT NULL,
    kind TEXT NOT NULL,
    starts_at TEXT,
    light TEXT,
    area TEXT NOT NULL,
    route TEXT,
    organiser TEXT,
    map_id INTEGER REFERENCES maps (id) ON DELETE SET NULL,
    summary TEXT
);
CREATE INDEX walks_by_municipality ON walks (municipality_id, walked_on);
CREATE INDEX walks_by_promise ON walks (promise_id, walked_on);

CREATE TABLE walk_participants (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    walk_id INTEGER NOT NULL REFERENCES walks (id) ON DELETE CASCADE,
    participant_group TEXT NOT NULL,
    count INTEGER NOT NULL CHECK (count >= 0),
    UNIQUE (walk_id, participant_group)
);

CREATE TABLE observations (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    walk_id INTEGER NOT NULL REFERENCES walks (id) ON DELETE CASCADE,
    place_id INTEGER REFERENCES places (id) ON DELETE SET NULL,
    category TEXT NOT NULL,
    description TEXT NOT NULL,
    sent_in INTEGER NOT NULL DEFAULT 0,
    map_id INTEGER REFERENCES maps (id) ON DELETE SET NULL,
    pin_x REAL CHECK (pin_x BETWEEN 0 AND 1),
    pin_y REAL CHECK (pin_y BETWEEN 0 AND 1),
    action TEXT,
    responsible TEXT,
    priority TEXT,
    due_on TEXT,
    status TEXT,
    status_reason TEXT,
    done_on TEXT,
    photo BLOB
);
CREATE INDEX observations_by_walk ON observations (walk_id);
CREATE INDEX observations_by_place ON observations (place_id);
CREATE INDEX observations_by_status ON observations (status, due_on);
