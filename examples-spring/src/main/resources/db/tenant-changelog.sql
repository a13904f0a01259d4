--liquibase formatted sql

-- One organisation's database: created at sign-up and migrated by the tenant migrator; the jOOQ
-- classes of the reports are generated from this file at build time, and libsql4j:lint checks it.
-- Amounts are integer cents: exact in SQLite, whose REAL would round.

--changeset invoicing:1
-- The organisation's own row. CHECK (id = 1) keeps it the only one: a second sign-up of the same
-- slug fails on its insert, also when two race.
CREATE TABLE organisation (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  name         VARCHAR(200) NOT NULL,
  signed_up_at TIMESTAMP    NOT NULL
);
--rollback DROP TABLE organisation;

--changeset invoicing:2
CREATE TABLE customer (
  id         INTEGER PRIMARY KEY,
  name       VARCHAR(200) NOT NULL,
  email      VARCHAR(320) NOT NULL UNIQUE,
  created_at TIMESTAMP    NOT NULL
);
--rollback DROP TABLE customer;

--changeset invoicing:3
CREATE TABLE invoice (
  id          INTEGER PRIMARY KEY,
  customer_id INTEGER     NOT NULL REFERENCES customer (id),
  number      VARCHAR(32) NOT NULL UNIQUE,
  issued_on   DATE        NOT NULL,
  due_on      DATE        NOT NULL,
  status      VARCHAR(8)  NOT NULL CHECK (status IN ('OPEN', 'PAID')),
  CHECK (due_on >= issued_on)
);
CREATE INDEX invoice_customer ON invoice (customer_id);
--rollback DROP TABLE invoice;

--changeset invoicing:4
CREATE TABLE invoice_line (
  id               INTEGER PRIMARY KEY,
  invoice_id       INTEGER      NOT NULL REFERENCES invoice (id) ON DELETE CASCADE,
  description      VARCHAR(200) NOT NULL,
  quantity         INTEGER      NOT NULL CHECK (quantity > 0),
  unit_price_cents BIGINT       NOT NULL CHECK (unit_price_cents >= 0)
);
CREATE INDEX invoice_line_invoice ON invoice_line (invoice_id);
--rollback DROP TABLE invoice_line;
