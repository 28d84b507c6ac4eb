-- Objects created in another schema are invisible unqualified (42P01/42883/42704) until search_path includes it.
-- modes: autocommit single-transaction
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id int PRIMARY KEY, total numeric);
CREATE FUNCTION billing.tax(x numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT x * 0.2 $$;
CREATE TYPE billing.state AS ENUM ('open', 'paid');
SELECT * FROM invoices;
SELECT tax(10);
CREATE TABLE uses_state (s state);
SELECT billing.tax(10) AS t;
CREATE TABLE uses_state (s billing.state);
SET search_path = billing, public;
SELECT tax(10) AS t, count(*) FROM invoices;
CREATE INDEX invoices_total_idx ON invoices (total);
SELECT schemaname, indexname FROM pg_indexes WHERE indexname = 'invoices_total_idx';
