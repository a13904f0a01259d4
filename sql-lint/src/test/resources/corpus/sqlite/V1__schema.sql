-- Clean SQLite schema: every statement here runs on sqld (SQLite 3.45.1).
PRAGMA foreign_keys = ON;
PRAGMA journal_mode = WAL;

CREATE TABLE IF NOT EXISTS customers (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    email       TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    name        TEXT    NOT NULL DEFAULT '',
    -- "status" is kept as text with a CHECK, the SQLite way to say ENUM
    status      TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'blocked')),
    created_at  TEXT    NOT NULL DEFAULT (datetime('now')),
    updated_at  TEXT    DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE orders (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE ON UPDATE CASCADE,
    total_cents  INTEGER NOT NULL CHECK (total_cents >= 0),
    note         TEXT,
    placed_at    TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT orders_note_len CHECK (length(note) <= 500),
    FOREIGN KEY (customer_id) REFERENCES customers (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE order_lines (
    order_id  INTEGER NOT NULL,
    line_no   INTEGER NOT NULL,
    sku       TEXT    NOT NULL,
    qty       INTEGER NOT NULL DEFAULT 1,
    net       REAL    GENERATED ALWAYS AS (qty * 1.0) VIRTUAL,
    PRIMARY KEY (order_id, line_no),
    UNIQUE (order_id, sku) ON CONFLICT REPLACE
) WITHOUT ROWID;

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  ANY
) STRICT, WITHOUT ROWID;

CREATE TABLE "select" ("from" TEXT, [where] INTEGER, `group` BLOB);

CREATE INDEX IF NOT EXISTS orders_customer_idx ON orders (customer_id, placed_at DESC);
CREATE UNIQUE INDEX customers_email_lower ON customers (lower(email));
CREATE INDEX orders_open_idx ON orders (placed_at) WHERE note IS NOT NULL;

CREATE VIEW IF NOT EXISTS customer_totals AS
    SELECT c.id, c.email, sum(o.total_cents) AS total
    FROM customers c LEFT JOIN orders o ON o.customer_id = c.id
    GROUP BY c.id;

CREATE TRIGGER IF NOT EXISTS customers_touch
AFTER UPDATE OF email, name ON customers
FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE customers SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
    INSERT INTO audit_log (entity, entity_id, happened_at)
        VALUES ('customer', NEW.id, CASE WHEN NEW.status = 'blocked' THEN 'x' ELSE datetime('now') END);
END;

CREATE TEMP TRIGGER orders_guard BEFORE DELETE ON orders
BEGIN
    SELECT RAISE(ABORT, 'orders are never deleted; it''s policy');
END;

CREATE VIRTUAL TABLE notes_fts USING fts5(note, content = 'orders', content_rowid = 'id');

CREATE TABLE audit_log (entity TEXT, entity_id INTEGER, happened_at TEXT, payload TEXT);
