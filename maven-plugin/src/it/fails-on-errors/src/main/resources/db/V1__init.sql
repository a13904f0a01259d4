CREATE TABLE account (id INTEGER PRIMARY KEY, email TEXT);

SELECT id FROM account WHERE email ILIKE '%@example.com';
TRUNCATE account;
