CREATE TABLE category (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES category (id),
    name      VARCHAR(100) NOT NULL,
    slug      VARCHAR(100) NOT NULL UNIQUE
);

CREATE TABLE supplier (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    contact_email TEXT,
    rating        REAL
);

CREATE TABLE product (
    id           INTEGER PRIMARY KEY,
    sku          CHAR(12)      NOT NULL UNIQUE,
    category_id  INTEGER       NOT NULL REFERENCES category (id),
    supplier_id  INTEGER       REFERENCES supplier (id) ON DELETE SET NULL,
    name         VARCHAR(200)  NOT NULL,
    description  CLOB,
    price        DECIMAL(10, 2) NOT NULL CHECK (price >= 0),
    weight_grams SMALLINT,
    stock        BIGINT        NOT NULL DEFAULT 0,
    thumbnail    BLOB,
    launched_on  DATE
);

CREATE INDEX product_category_idx ON product (category_id, name);
