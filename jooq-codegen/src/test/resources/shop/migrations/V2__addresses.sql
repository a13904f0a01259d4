CREATE TABLE address (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id  INTEGER     NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    line1        VARCHAR(200) NOT NULL,
    city         VARCHAR(100) NOT NULL,
    postal_code  CHAR(10),
    country_code CHAR(2)     NOT NULL CHECK (length(country_code) = 2),
    latitude     DOUBLE,
    longitude    DOUBLE
);

CREATE INDEX address_customer_idx ON address (customer_id);
