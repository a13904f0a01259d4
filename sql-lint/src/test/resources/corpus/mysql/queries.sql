INSERT INTO stock (product_id, qty) VALUES (1, 5) ON DUPLICATE KEY UPDATE qty = qty + VALUES(qty);

UPDATE stock s JOIN products p ON p.id = s.product_id SET s.qty = 0 WHERE p.kind = 'digital';

DELETE s FROM stock s JOIN products p ON p.id = s.product_id WHERE p.kind = 'digital';

SELECT p.id, IF(s.qty > 0, 'in stock', 'sold out'), DATE_FORMAT(p.updated_at, '%Y-%m')
FROM products p FORCE INDEX (idx_kind) LEFT JOIN stock s ON s.product_id = p.id
LOCK IN SHARE MODE;

SELECT * FROM products WHERE updated_at > NOW() - INTERVAL 1 DAY;

SELECT `key`, concat(`key`, '-x') FROM carts LIMIT 10, 20;

SELECT p.id FROM shop.products p WHERE p.kind = 'digital';
