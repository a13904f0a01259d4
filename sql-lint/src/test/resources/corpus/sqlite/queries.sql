-- Queries using SQLite features up to 3.45: upsert, RETURNING, window functions, JSON, UPDATE FROM.
INSERT INTO customers (email, name) VALUES ('a@example.com', 'Ann')
    ON CONFLICT (email) DO UPDATE SET name = excluded.name
    RETURNING id;

INSERT OR IGNORE INTO settings (key, value) VALUES ('theme', 'dark');
INSERT OR REPLACE INTO settings (key, value) VALUES ('lang', 'en');
REPLACE INTO settings (key, value) VALUES ('tz', 'UTC');
UPDATE OR IGNORE customers SET email = lower(email);

SELECT id, email,
       row_number() OVER (PARTITION BY status ORDER BY created_at DESC) AS rn,
       sum(id) FILTER (WHERE status = 'active') OVER w AS running
FROM customers
WINDOW w AS (ORDER BY id)
ORDER BY created_at NULLS LAST
LIMIT 10 OFFSET 20;

SELECT o.id, c.email FROM orders o RIGHT JOIN customers c ON c.id = o.customer_id
WHERE o.note IS NOT DISTINCT FROM NULL;

SELECT payload ->> '$.kind', json_extract(payload, '$.id'), iif(entity = 'x', 1, 0), unixepoch('now')
FROM audit_events WHERE entity GLOB 'cust*' AND payload LIKE '%x%' ESCAPE '!';

WITH RECURSIVE days(d) AS (
    SELECT date('now', '-6 days') UNION ALL SELECT date(d, '+1 day') FROM days WHERE d < date('now')
)
SELECT d, count(o.id) FROM days LEFT JOIN orders o ON date(o.placed_at) = d GROUP BY d;

UPDATE orders SET total_cents = t.total FROM (SELECT order_id, sum(qty) AS total FROM order_lines GROUP BY order_id) AS t
WHERE orders.id = t.order_id;

DELETE FROM audit_events WHERE rowid IN (SELECT rowid FROM audit_events LIMIT 5) RETURNING entity_id;

SELECT string_agg(email, ','), concat(name, ' <', email, '>') FROM customers WHERE email LIKE ? AND id > :min_id AND name <> @name;

-- Text that merely looks like other dialects' SQL is never flagged:
SELECT 'x::int ILIKE y; TRUNCATE t; RIGHT JOIN', "from" AS "ilike" FROM "select" /* DISTINCT ON (a) */;
SELECT CAST(entity_id AS TEXT), typeof(entity_id), x'0aff', 1e10, 0x1F FROM audit_events;
SELECT * FROM customers WHERE status IS NOT 'blocked' AND email NOT LIKE '%@test%' AND true;
INSERT INTO audit_events DEFAULT VALUES;
