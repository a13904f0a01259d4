CREATE TABLE customer_order (
    id                  INTEGER PRIMARY KEY,
    customer_id         INTEGER   NOT NULL REFERENCES customer (id),
    shipping_address_id INTEGER   REFERENCES address (id),
    status              TEXT      NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid', 'shipped', 'cancelled')),
    placed_at           TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    note                TEXT
);

CREATE INDEX customer_order_customer_idx ON customer_order (customer_id, placed_at);

CREATE TABLE order_item (
    order_id   INTEGER        NOT NULL REFERENCES customer_order (id) ON DELETE CASCADE,
    line_no    INTEGER        NOT NULL,
    product_id INTEGER        NOT NULL REFERENCES product (id),
    quantity   INTEGER        NOT NULL CHECK (quantity > 0),
    unit_price NUMERIC(10, 2) NOT NULL,
    line_total NUMERIC GENERATED ALWAYS AS (quantity * unit_price) VIRTUAL,
    PRIMARY KEY (order_id, line_no)
);

CREATE INDEX order_item_product_idx ON order_item (product_id);
