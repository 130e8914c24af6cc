-- Tobacco: the retailers, joint inspections (tillsyn) with a checklist whose points are data the user extends,
-- and test purchases (kontrollköp), which by law lead to a dialogue only, never to a sanction.
CREATE TABLE retailers (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    org_number TEXT,
    address TEXT,
    has_permit INTEGER NOT NULL DEFAULT 0,
    permit_number TEXT,
    permit_on TEXT,
    sells_folkol INTEGER NOT NULL DEFAULT 0,
    sells_ecigarettes INTEGER NOT NULL DEFAULT 0,
    sells_nicotine INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL
);
CREATE INDEX retailers_by_municipality ON retailers (municipality_id, name);

CREATE TABLE checklist_points (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    title TEXT NOT NULL,
    retired INTEGER NOT NULL DEFAULT 0
);

-- The points of the law's checklist; a municipality adds its own and retires those it no longer checks.
INSERT INTO checklist_points (uuid, updated_at, sort_order, title, retired) VALUES
    ('49934e6c-4f54-554b-b63c-453d51c46b65', '2020-12-15T00:00:00Z', 1, 'Skylt om åldersgräns synlig vid kassan', 0),
    ('4f06b61b-75bf-58dd-9efc-1dc903ae5877', '2020-12-15T00:00:00Z', 2, 'Ålderskontroll görs vid försäljning', 0),
    ('e2265dc5-c5c9-5da9-bfca-ebdc2353fe15', '2020-12-15T00:00:00Z', 3, 'Egenkontrollprogram finns', 0),
    ('828d9ddb-4d36-59e3-a905-df6a98c4fd04', '2020-12-15T00:00:00Z', 4, 'Egenkontrollprogrammet följs', 0),
    ('6099aa67-6105-5ca8-9231-2362d1e94371', '2020-12-15T00:00:00Z', 5, 'Sålda produkter är anmälda', 0),
    ('6a929034-c29c-5893-9ddd-7205362ad768', '2020-12-15T00:00:00Z', 6, 'Märkning och hälsovarningar', 0),
    ('56c1e7a5-42f9-5acf-9393-9768c49ed856', '2020-12-15T00:00:00Z', 7, 'Exponering och marknadsföring enligt reglerna', 0),
    ('77daad61-b943-5400-b2dd-735073671f10', '2020-12-15T00:00:00Z', 8, 'Ingen försäljning till personer under 18 år iakttogs', 0);

CREATE TABLE test_purchases (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    retailer_id INTEGER NOT NULL REFERENCES retailers (id) ON DELETE CASCADE,
    promise_id INTEGER REFERENCES promises (id) ON DELETE SET NULL,
    made_on TEXT NOT NULL,
    made_at TEXT,
    till TEXT,
    buyer_age INTEGER NOT NULL CHECK (buyer_age >= 18),
    outcome TEXT NOT NULL,
    informed_on TEXT,
    dialogue_on TEXT,
    dialogue_note TEXT
);
CREATE INDEX test_purchases_by_retailer ON test_purchases (retailer_id, made_on);
CREATE INDEX test_purchases_by_promise ON test_purchases (promise_id, made_on);

CREATE TABLE inspections (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    retailer_id INTEGER NOT NULL REFERENCES retailers (id) ON DELETE CASCADE,
    promise_id INTEGER REFERENCES promises (id) ON DELETE SET NULL,
    held_on TEXT NOT NULL,
    kind TEXT NOT NULL,
    announced INTEGER NOT NULL DEFAULT 0,
    organisations TEXT,
    findings TEXT,
    decision TEXT NOT NULL,
    decided_on TEXT,
    ground_purchase_id INTEGER REFERENCES test_purchases (id) ON DELETE SET NULL,
    follow_up_on TEXT
);
CREATE INDEX inspections_by_retailer ON inspections (retailer_id, held_on);
CREATE INDEX inspections_by_promise ON inspections (promise_id, held_on);

CREATE TABLE inspection_results (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    inspection_id INTEGER NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
    point_id INTEGER NOT NULL REFERENCES checklist_points (id) ON DELETE CASCADE,
    result TEXT NOT NULL,
    note TEXT,
    UNIQUE (inspection_id, point_id)
);
