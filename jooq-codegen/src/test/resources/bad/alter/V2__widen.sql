-- Written for PostgreSQL.
ALTER TABLE orders ALTER COLUMN total TYPE NUMERIC(12, 2);
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0);
