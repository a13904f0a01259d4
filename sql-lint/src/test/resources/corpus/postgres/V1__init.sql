-- Flyway migration written for PostgreSQL 15.
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE SCHEMA IF NOT EXISTS billing;
CREATE TYPE invoice_status AS ENUM ('draft', 'sent', 'paid');
CREATE SEQUENCE invoice_number_seq START 1000;

CREATE TABLE accounts (
    id          BIGSERIAL PRIMARY KEY,
    external_id UUID NOT NULL DEFAULT gen_random_uuid(),
    email       TEXT NOT NULL,
    tags        TEXT[] NOT NULL DEFAULT '{}',
    settings    JSONB NOT NULL DEFAULT '{}'::jsonb,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE UNLOGGED TABLE sessions (
    id          UUID PRIMARY KEY,
    account_id  BIGINT NOT NULL REFERENCES accounts (id),
    expires_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE invoices (
    id          INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number      INTEGER NOT NULL DEFAULT nextval('invoice_number_seq'),
    account_id  BIGINT NOT NULL,
    amount      NUMERIC(12, 2) NOT NULL,
    status      TEXT NOT NULL DEFAULT 'draft',
    issued_on   DATE NOT NULL
) PARTITION BY RANGE (issued_on);

CREATE INDEX CONCURRENTLY accounts_tags_idx ON accounts USING gin (tags);
CREATE INDEX ON invoices (account_id);
CREATE INDEX invoices_cover_idx ON invoices (account_id) INCLUDE (amount);
CREATE UNIQUE INDEX accounts_email_idx ON accounts (lower(email));

COMMENT ON TABLE accounts IS 'Customer accounts';
GRANT SELECT, INSERT, UPDATE, DELETE ON accounts TO app_user;
REVOKE ALL ON invoices FROM PUBLIC;

CREATE MATERIALIZED VIEW account_revenue AS
    SELECT account_id, sum(amount) AS revenue FROM invoices GROUP BY account_id;
CREATE OR REPLACE VIEW recent_accounts AS
    SELECT * FROM accounts WHERE created_at > now() - INTERVAL '30 days';
