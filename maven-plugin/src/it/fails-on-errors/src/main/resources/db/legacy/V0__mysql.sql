-- Excluded by the configuration: its errors must not be reported.
CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;
