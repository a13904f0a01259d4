package dev.libsql4j.jdbc.differential;

/**
 * A schema with what metadata readers meet in practice: composite primary keys, foreign keys with
 * actions, named and unnamed constraints (table- and column-level), implicit referenced columns,
 * deferrable keys, unique, partial, descending and expression indexes, a view, AUTOINCREMENT,
 * defaults, generated columns, WITHOUT ROWID and STRICT tables, columns without a type, a table
 * without a primary key and a mixed-case name with a blank.
 */
final class RealisticSchema {

  /** Every table, with the relation it demonstrates. */
  static final String[] TABLES = {
      "author", "book", "review", "kv", "strict_t", "gen", "Mixed Case", "notype", "self_ref",
      "shipment", "tag", "tagging", "loan", "v_books"};

  static final String[] DDL = {
      "CREATE TABLE author (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(100) NOT NULL, "
          + "email TEXT UNIQUE, born DATE DEFAULT '1970-01-01', score REAL DEFAULT 0.0, "
          + "created TIMESTAMP DEFAULT CURRENT_TIMESTAMP, neg INT DEFAULT -1)",
      "CREATE TABLE book (isbn TEXT NOT NULL, edition INT NOT NULL, title TEXT NOT NULL, "
          + "author_id INTEGER REFERENCES author(id) ON DELETE CASCADE, editor_id INTEGER, "
          + "price DECIMAL(10,2), flags BOOLEAN DEFAULT 1, data BLOB, "
          + "PRIMARY KEY (isbn, edition), CONSTRAINT fk_editor FOREIGN KEY (editor_id) "
          + "REFERENCES author(id) ON DELETE SET NULL ON UPDATE CASCADE)",
      "CREATE TABLE review (id INTEGER PRIMARY KEY, isbn TEXT, edition INT, "
          + "stars INT CHECK (stars BETWEEN 1 AND 5), body TEXT, CONSTRAINT fk_review_book "
          + "FOREIGN KEY (isbn, edition) REFERENCES book(isbn, edition) ON DELETE RESTRICT)",
      "CREATE UNIQUE INDEX ux_book_title ON book (title, edition DESC)",
      "CREATE INDEX ix_review_stars ON review (stars) WHERE stars > 3",
      "CREATE INDEX ix_author_lower ON author (lower(name))",
      "CREATE VIEW v_books AS SELECT b.title, a.name, b.price * 2 AS dbl "
          + "FROM book b JOIN author a ON a.id = b.author_id",
      "CREATE TABLE kv (k TEXT PRIMARY KEY, v ANY) WITHOUT ROWID",
      "CREATE TABLE strict_t (id INTEGER PRIMARY KEY, n INT NOT NULL, t TEXT, r REAL, b BLOB, "
          + "a ANY) STRICT",
      "CREATE TABLE gen (a INTEGER, b INTEGER GENERATED ALWAYS AS (a * 2) VIRTUAL, "
          + "c TEXT AS (upper('x')) STORED)",
      "CREATE TABLE \"Mixed Case\" (\"Col One\" int, x_y text)",
      "CREATE TABLE notype (a, b, c NUMERIC, d DOUBLE PRECISION, e CHARACTER(5), "
          + "f NVARCHAR(30), g DATETIME, h BIGINT, i TINYINT, j FLOAT, k CLOB, "
          + "l \"unsigned big int\", m VARCHAR(20))",
      "CREATE TABLE self_ref (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES self_ref, "
          + "other INTEGER REFERENCES author)",
      "CREATE TABLE shipment (id INTEGER CONSTRAINT pk_shipment PRIMARY KEY, book_isbn TEXT, "
          + "book_edition INT, reviewer INT CONSTRAINT fk_reviewer REFERENCES review(id) "
          + "DEFERRABLE INITIALLY DEFERRED, FOREIGN KEY (book_isbn, book_edition) REFERENCES book "
          + "DEFERRABLE INITIALLY IMMEDIATE)",
      "CREATE TABLE tag (name TEXT UNIQUE NOT NULL)",
      "CREATE TABLE tagging (tag_name TEXT REFERENCES tag(name), book_isbn TEXT)",
      "CREATE TABLE loan (a INT, b INT, CONSTRAINT fk_loan_a FOREIGN KEY (a) REFERENCES "
          + "author(id), FOREIGN KEY (b) REFERENCES author(id))",
      // creates sqlite_sequence
      "INSERT INTO author (name) VALUES ('x')"};

  private RealisticSchema() {}
}
