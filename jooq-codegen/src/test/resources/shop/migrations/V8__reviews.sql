CREATE TABLE review (
    id          INTEGER PRIMARY KEY,
    product_id  INTEGER  NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    customer_id INTEGER  NOT NULL REFERENCES customer (id),
    stars       TINYINT  NOT NULL CHECK (stars BETWEEN 1 AND 5),
    body        TEXT,
    helpful     FLOAT    NOT NULL DEFAULT 0,
    created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (product_id, customer_id)
);

CREATE INDEX review_recent_idx ON review (product_id, created_at) WHERE body IS NOT NULL;
