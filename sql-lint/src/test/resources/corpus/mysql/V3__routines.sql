-- mysql client / Flyway style: DELIMITER switches the statement end so bodies can hold ';'.
DELIMITER //

CREATE TRIGGER carts_touch BEFORE UPDATE ON carts
FOR EACH ROW
BEGIN
  SET NEW.`key` = LOWER(NEW.`key`);
END //

CREATE FUNCTION cart_count() RETURNS INT DETERMINISTIC
BEGIN
  DECLARE n INT;
  SELECT COUNT(*) INTO n FROM carts;
  RETURN n;
END//

DELIMITER $$
CREATE PROCEDURE purge_carts() BEGIN DELETE FROM carts; END$$
DELIMITER ;

-- back to ';': a column may be called delimiter
CREATE TABLE csv_formats (
  delimiter TEXT NOT NULL,
  quote TEXT
);
TRUNCATE csv_formats;
