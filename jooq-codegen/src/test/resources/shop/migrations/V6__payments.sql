CREATE TABLE payment (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER        NOT NULL REFERENCES customer_order (id),
    amount       DECIMAL(12, 2) NOT NULL,
    currency     CHAR(3)        NOT NULL DEFAULT 'EUR',
    paid_at      DATETIME,
    provider_ref VARCHAR(64) UNIQUE,
    raw_response BLOB,
    metadata     JSON
);
