-- Customers and their addresses.
CREATE TABLE customer (
    id             INTEGER PRIMARY KEY,
    external_id    UUID         NOT NULL UNIQUE,
    email          VARCHAR(255) NOT NULL UNIQUE,
    full_name      TEXT         NOT NULL,
    birth_date     DATE,
    is_active      BOOLEAN      NOT NULL DEFAULT 1,
    loyalty_points INT          NOT NULL DEFAULT 0 CHECK (loyalty_points >= 0),
    created_at     DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX customer_full_name_idx ON customer (full_name);
