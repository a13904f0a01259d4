ALTER TABLE products MODIFY COLUMN sku VARCHAR(128) NOT NULL;
ALTER TABLE products CHANGE price gross_price DECIMAL(12,2) NOT NULL;
ALTER TABLE products ADD INDEX idx_price (gross_price);
ALTER TABLE products DROP INDEX idx_kind;
ALTER TABLE products DROP PRIMARY KEY, ADD PRIMARY KEY (id, sku);
ALTER TABLE products ENGINE = InnoDB;
ALTER TABLE stock ADD COLUMN reserved INT NOT NULL DEFAULT 0 AFTER qty;
DROP INDEX idx_stock_qty ON stock;
RENAME TABLE carts TO baskets;
LOCK TABLES products WRITE;
UNLOCK TABLES;

CREATE TRIGGER products_touch BEFORE UPDATE ON products
FOR EACH ROW SET NEW.updated_at = NOW();

CREATE TRIGGER stock_guard BEFORE UPDATE ON stock
FOR EACH ROW
BEGIN
  IF NEW.qty < 0 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'negative stock';
  END IF;
END;

CREATE PROCEDURE restock(IN p_id INT, IN p_qty INT)
BEGIN
  DECLARE current_qty INT;
  SELECT qty INTO current_qty FROM stock WHERE product_id = p_id FOR UPDATE;
  UPDATE stock SET qty = current_qty + p_qty WHERE product_id = p_id;
END;

INSERT IGNORE INTO products (sku) VALUES ('a');
ALTER TABLE products RENAME AS goods;
