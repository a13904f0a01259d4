-- PL/pgSQL function and trigger: SQLite has neither.
CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger AS $$
BEGIN
    NEW.updated_at := now(); -- a ; inside the dollar-quoted body must not split the statement
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TRIGGER invoices_audit AFTER INSERT ON invoices
    FOR EACH STATEMENT EXECUTE PROCEDURE audit_invoices();

DO $$ BEGIN RAISE NOTICE 'migrated'; END $$;

CALL recalculate_revenue(2024);
