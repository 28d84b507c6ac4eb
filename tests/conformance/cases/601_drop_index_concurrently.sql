-- DROP INDEX CONCURRENTLY: 25001 in a block before any other check; several names or CASCADE refused (0A000); then DROP INDEX's own errors; CONCURRENTLY is never an index name (sqlparser reads it as one); at end of input.
-- modes: as-written
CREATE TABLE t (id int PRIMARY KEY, v int, w int);
CREATE INDEX t_v_idx ON t (v);
CREATE INDEX t_w_idx ON t (w);
BEGIN;
DROP INDEX CONCURRENTLY t_v_idx, t_pkey;
ROLLBACK;
DROP INDEX CONCURRENTLY t_v_idx, t_pkey;
DROP INDEX CONCURRENTLY t_v_idx CASCADE;
DROP INDEX CONCURRENTLY t_v_idx RESTRICT;
DROP INDEX CONCURRENTLY missing_idx;
DROP INDEX CONCURRENTLY IF EXISTS missing_idx;
DROP INDEX CONCURRENTLY t_pkey;
DROP INDEX CONCURRENTLY t;
DROP INDEX CONCURRENTLY;
DROP INDEX concurrently, t_w_idx;
DROP INDEX "concurrently";
DROP INDEX CONCURRENTLY t_w_idx;
SELECT count(*) AS indexes FROM pg_indexes WHERE tablename = 't';
DROP INDEX CONCURRENTLY
