-- Schema changes, PostgreSQL style.
ALTER TABLE accounts ALTER COLUMN email TYPE VARCHAR(320);
ALTER TABLE accounts ALTER COLUMN email SET NOT NULL;
ALTER TABLE accounts ALTER COLUMN settings DROP DEFAULT;
ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);
ALTER TABLE invoices ADD CONSTRAINT invoices_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id);
ALTER TABLE invoices DROP CONSTRAINT invoices_account_fk;
ALTER TABLE accounts ADD COLUMN IF NOT EXISTS nickname TEXT;
ALTER TABLE accounts
    ADD COLUMN last_login TIMESTAMPTZ,
    ADD COLUMN login_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ONLY sessions ADD COLUMN ip INET;
ALTER TABLE accounts ADD COLUMN verified BOOLEAN NOT NULL;
ALTER TABLE accounts ADD COLUMN code TEXT UNIQUE;
ALTER TABLE sessions OWNER TO app_owner;
ALTER TABLE accounts RENAME COLUMN email TO email_address;
ALTER TABLE accounts DROP COLUMN tags;
ALTER SEQUENCE invoice_number_seq RESTART WITH 5000;
DROP TABLE IF EXISTS legacy_accounts CASCADE;
DROP TABLE old_a, old_b;
TRUNCATE TABLE sessions;
REFRESH MATERIALIZED VIEW CONCURRENTLY account_revenue;
SET search_path TO billing, public;
ALTER TABLE invoices RENAME CONSTRAINT invoices_pkey TO invoices_pk;
CREATE TABLE invoice_archive (LIKE invoices INCLUDING ALL);
