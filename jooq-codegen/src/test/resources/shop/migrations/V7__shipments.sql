CREATE TABLE shipment (
    id            INTEGER PRIMARY KEY,
    order_id      INTEGER     NOT NULL REFERENCES customer_order (id),
    carrier       VARCHAR(40) NOT NULL,
    tracking_code VARCHAR(64),
    pickup_time   TIME,
    delivered_on  DATE
);
