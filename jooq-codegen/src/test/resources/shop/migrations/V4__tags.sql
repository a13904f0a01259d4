CREATE TABLE tag (
    id    INTEGER PRIMARY KEY,
    label TEXT NOT NULL UNIQUE
);

-- A pure link table: no rowid needed.
CREATE TABLE product_tag (
    product_id INTEGER NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (product_id, tag_id)
) WITHOUT ROWID;
