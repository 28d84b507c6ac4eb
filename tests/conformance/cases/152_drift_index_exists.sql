-- Schema drift: an index created by hand in production has the name the migration uses → 42P07; an unnamed CREATE INDEX picks t_col_idx1 instead.
-- modes: autocommit single-transaction
-- args: --setup 152_drift_index_exists.setup.sql
CREATE INDEX orders_customer_id_idx ON orders (customer_id, created);
CREATE INDEX ON orders (customer_id);
SELECT indexname FROM pg_indexes WHERE tablename = 'orders' ORDER BY indexname;
DROP INDEX orders_customer_id_idx;
CREATE INDEX orders_customer_id_idx ON orders (customer_id, created);
