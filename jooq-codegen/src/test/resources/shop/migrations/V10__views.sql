-- Depends on V5 and V3: a lexical sort (V10 before V2) would fail here.
CREATE VIEW product_sales AS
SELECT p.id         AS product_id,
       p.name       AS product_name,
       count(oi.order_id) AS order_lines,
       sum(oi.quantity)   AS units_sold
FROM product p
LEFT JOIN order_item oi ON oi.product_id = p.id
GROUP BY p.id, p.name;
