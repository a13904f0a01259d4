CREATE TABLE warehouse (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
) STRICT;

-- STRICT: SQLite enforces the declared types.
CREATE TABLE stock_movement (
    id           INTEGER PRIMARY KEY,
    product_id   INTEGER NOT NULL REFERENCES product (id),
    warehouse_id INTEGER NOT NULL REFERENCES warehouse (id),
    delta        INTEGER NOT NULL CHECK (delta <> 0),
    reason       TEXT    NOT NULL,
    unit_cost    REAL,
    moved_at     TEXT    NOT NULL,
    label        BLOB,
    extra        ANY
) STRICT;
