CREATE TABLE parent (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, code TEXT DEFAULT 'x' CHECK (length(code) < 10), score INTEGER);
CREATE INDEX parent_name ON parent (name);
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE, note TEXT DEFAULT 'n');
CREATE INDEX child_parent ON child (parent_id);
CREATE TABLE audit (what TEXT);
CREATE TRIGGER parent_audit AFTER UPDATE ON parent BEGIN INSERT INTO audit VALUES ('parent ' || NEW.id); END;
CREATE TRIGGER child_counts AFTER INSERT ON child BEGIN UPDATE parent SET score = score + 1 WHERE id = NEW.parent_id; END;
CREATE VIEW parent_children AS SELECT p.name, count(c.id) AS n FROM parent p LEFT JOIN child c ON c.parent_id = p.id GROUP BY p.id;
