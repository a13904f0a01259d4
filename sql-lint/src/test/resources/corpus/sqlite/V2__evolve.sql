/* Schema evolution that SQLite and libSQL accept. */
ALTER TABLE customers ADD COLUMN phone TEXT;
ALTER TABLE customers ADD COLUMN vip INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers RENAME COLUMN phone TO phone_number;
ALTER TABLE audit_log RENAME TO audit_events;
ALTER TABLE customers DROP COLUMN vip;
-- libSQL only: its own extension to change a column definition in place
ALTER TABLE orders ALTER COLUMN note TO note TEXT CHECK (length(note) <= 1000);

BEGIN IMMEDIATE;
SAVEPOINT before_backfill;
UPDATE customers SET name = 'unknown' WHERE name = '';
RELEASE SAVEPOINT before_backfill;
COMMIT;

DROP INDEX IF EXISTS orders_open_idx;
DROP VIEW IF EXISTS customer_totals;
DROP TRIGGER IF EXISTS customers_touch;
ANALYZE;
VACUUM;
REINDEX customers;
ATTACH DATABASE ':memory:' AS archive;
DETACH DATABASE archive;
