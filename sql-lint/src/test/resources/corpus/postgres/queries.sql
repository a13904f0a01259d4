-- Repository queries written against PostgreSQL.
SELECT DISTINCT ON (account_id) account_id, issued_on, amount
FROM invoices
ORDER BY account_id, issued_on DESC;

SELECT id, email FROM accounts WHERE email ILIKE '%@example.com' AND settings->>'plan' = 'pro';

SELECT id::text, amount::numeric(10, 2) FROM invoices WHERE status = 'paid';

SELECT a.id, last.amount
FROM accounts a
CROSS JOIN LATERAL (SELECT amount FROM invoices i WHERE i.account_id = a.id ORDER BY issued_on DESC LIMIT 1) last;

SELECT * FROM invoices WHERE id = ANY (ARRAY[1, 2, 3]) FOR UPDATE SKIP LOCKED;

INSERT INTO accounts (email) VALUES ('x@example.com')
ON CONFLICT ON CONSTRAINT accounts_email_key DO NOTHING;

MERGE INTO accounts a USING staged s ON a.email = s.email
WHEN MATCHED THEN UPDATE SET settings = s.settings
WHEN NOT MATCHED THEN INSERT (email) VALUES (s.email);

DELETE FROM sessions s USING accounts a WHERE s.account_id = a.id AND a.email SIMILAR TO '%test%';

SELECT to_char(created_at, 'YYYY-MM'), count(*) FROM accounts GROUP BY 1;

SELECT greatest(amount, 0), string_agg(status, ',') FROM invoices WHERE status ~* '^p' GROUP BY amount;

SELECT email FROM accounts ORDER BY email COLLATE "C";

-- libsql4j-lint: ignore ilike
SELECT * FROM accounts WHERE email ILIKE 'admin%';

SELECT * FROM accounts WHERE email ILIKE 'ops%'; -- libsql4j-lint: ignore ilike (a trailing comment belongs to the next statement)

SELECT nextval('invoice_number_seq');

SELECT * FROM invoices ORDER BY issued_on DESC OFFSET 20 ROWS FETCH FIRST 10 ROWS ONLY;

SELECT * INTO invoices_2023 FROM invoices WHERE issued_on < DATE '2024-01-01';
