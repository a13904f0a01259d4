-- More clean SQLite: reporting tables, views over views, INSTEAD OF triggers, odd-but-valid syntax.
CREATE TABLE monthly_totals AS
    SELECT strftime('%Y-%m', placed_at) AS month, sum(total_cents) AS cents FROM orders GROUP BY 1;

CREATE TABLE IF NOT EXISTS events (
    id        INTEGER PRIMARY KEY DESC,
    kind      TEXT NOT NULL CHECK (kind GLOB '[a-z]*'),
    payload   BLOB DEFAULT X'00',
    score     REAL DEFAULT -1.5,
    day       TEXT DEFAULT CURRENT_DATE,
    parent_id INTEGER REFERENCES events (id) ON DELETE SET NULL,
    "order"   INTEGER,
    key       TEXT,
    interval  INTEGER,
    format    TEXT
);

CREATE TEMP VIEW open_orders AS SELECT * FROM orders WHERE note ISNULL OR note NOTNULL;
CREATE VIEW order_summary (id, lines) AS
    SELECT o.id, (SELECT count(*) FROM order_lines l WHERE l.order_id = o.id) FROM orders o;

CREATE TRIGGER order_summary_delete INSTEAD OF DELETE ON order_summary
BEGIN
    DELETE FROM order_lines WHERE order_id = OLD.id;
    DELETE FROM orders WHERE id = OLD.id;
END;

INSERT INTO events (kind, payload) VALUES ('a', NULL), ('b', '{"k": 1}');
INSERT INTO events (kind) SELECT kind FROM events WHERE id > 10;
INSERT INTO events (id, kind) VALUES (1, 'x') ON CONFLICT DO NOTHING;
WITH recent AS (SELECT id FROM events ORDER BY id DESC LIMIT 5)
DELETE FROM events WHERE id IN (SELECT id FROM recent);
UPDATE events SET (kind, score) = ('z', 0) WHERE id = 1;
UPDATE events SET score = score * 2 WHERE kind IN ('a', 'b') AND EXISTS (SELECT 1 FROM orders);

SELECT e.kind, j.value
FROM events AS e, json_each(e.payload) AS j
WHERE e.kind LIKE 'a%' COLLATE NOCASE
ORDER BY e.kind COLLATE NOCASE, e.id
LIMIT ? OFFSET ?;

SELECT kind, printf('%05d', id), replace(kind, 'a', 'b'), substr(kind, 1, 2), instr(kind, 'x'),
       date('now', 'start of month', '+1 month', '-1 day'), julianday('now') - julianday(day),
       CASE WHEN score > 0 THEN 'up' WHEN score < 0 THEN 'down' ELSE 'flat' END AS trend,
       (id, kind) = (1, 'a') AS first_a, id << 2, id % 3, kind || '!', -id, ~id, NOT (id = 1)
FROM events INDEXED BY sqlite_autoindex_events_1
UNION ALL
SELECT 'total', count(*), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM events NOT INDEXED;

SELECT * FROM (VALUES (1, 'one'), (2, 'two')) AS v;
SELECT max(score, 0), min(score, 10), coalesce(key, format, 'n/a'), ifnull(interval, 0), nullif(kind, '') FROM events;
SELECT group_concat(kind, ','), total(score), avg(score) FROM events GROUP BY day HAVING count(*) > 1;
SELECT * FROM events WHERE day BETWEEN date('now', '-7 days') AND date('now') AND kind NOT IN ('x');
EXPLAIN QUERY PLAN SELECT * FROM events WHERE kind = 'a';
PRAGMA table_info(events);
PRAGMA main.user_version = 3;
SELECT * FROM pragma_table_info('events');
CREATE TABLE main.kv (k TEXT PRIMARY KEY, v TEXT);
INSERT INTO main.kv (k, v) SELECT kind, payload FROM main.events e JOIN temp.open_orders o ON o.id = e.id;
