-- A PostgreSQL habit: SQLite has no materialized views.

CREATE MATERIALIZED VIEW order_report AS
SELECT count(*) AS orders, sum(total) AS revenue FROM orders;
