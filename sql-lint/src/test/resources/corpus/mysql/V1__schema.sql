-- Flyway migration written for MySQL 8.
SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;
CREATE DATABASE IF NOT EXISTS shop;
USE shop;

CREATE TABLE `products` (
  `id` INT(11) UNSIGNED NOT NULL AUTO_INCREMENT,
  `sku` VARCHAR(64) CHARACTER SET utf8mb4 NOT NULL,
  `kind` ENUM('physical', 'digital') NOT NULL DEFAULT 'physical',
  `price` DECIMAL(10,2) NOT NULL COMMENT 'gross price',
  `updated_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_sku` (`sku`),
  KEY `idx_kind` (`kind`),
  FULLTEXT KEY `ft_sku` (`sku`)
) ENGINE=InnoDB AUTO_INCREMENT=100 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE stock (
  product_id BIGINT PRIMARY KEY AUTOINCREMENT,
  qty INT NOT NULL DEFAULT 0,
  note TEXT COLLATE utf8mb4_bin
);

CREATE TABLE carts (
  id INTEGER PRIMARY KEY,
  `key` VARCHAR(40) NOT NULL,
  flags SET('gift', 'express')
);

CREATE INDEX idx_stock_qty USING BTREE ON stock (qty);
CREATE FULLTEXT INDEX ft_note ON stock (note);
