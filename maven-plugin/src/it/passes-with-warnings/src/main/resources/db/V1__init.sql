CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT);
INSERT INTO item (name) VALUES ('one') RETURNING id;
SELECT name FROM main.item;
SELECT name FROM public.item;
