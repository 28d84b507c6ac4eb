-- COMMENT ON TABLE/COLUMN/FUNCTION/CONSTRAINT/INDEX/SCHEMA, with '' and $$..$$ literals, read back; IS NULL removes.
-- modes: single-transaction whole-file
CREATE TABLE ledger (id int CONSTRAINT ledger_pk PRIMARY KEY, amount numeric CHECK (amount <> 0));
CREATE INDEX ledger_amount_idx ON ledger (amount);
CREATE FUNCTION ledger_total() RETURNS numeric LANGUAGE sql AS $$ SELECT sum(amount) FROM ledger $$;
COMMENT ON TABLE ledger IS 'Double-entry ledger; don''t edit by hand';
COMMENT ON COLUMN ledger.amount IS $$Signed amount; 'quotes' ok$$;
COMMENT ON FUNCTION ledger_total() IS $c$Sum of all amounts$c$;
COMMENT ON CONSTRAINT ledger_amount_check ON ledger IS 'no zero rows';
COMMENT ON INDEX ledger_amount_idx IS 'for range scans';
COMMENT ON SCHEMA public IS 'app schema';
SELECT obj_description('ledger'::regclass, 'pg_class') AS t, col_description('ledger'::regclass, 2) AS c;
SELECT obj_description('ledger_amount_idx'::regclass, 'pg_class') AS i;
COMMENT ON TABLE ledger IS NULL;
SELECT obj_description('ledger'::regclass, 'pg_class') IS NULL AS removed;
