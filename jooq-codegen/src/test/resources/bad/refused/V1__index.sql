CREATE TABLE orders (id INTEGER PRIMARY KEY);

-- Valid SQL for the linter, but the table does not exist.
CREATE INDEX missing_idx ON missing (id);
