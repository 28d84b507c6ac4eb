-- SET search_path inside a failed block is rolled back with it: a later unqualified CREATE lands in public again.
-- modes: as-written
BEGIN;
CREATE SCHEMA staging;
SET search_path = staging;
CREATE TABLE t (id int);
SELECT 1/0;
ROLLBACK;
SHOW search_path;
CREATE TABLE t (id int);
SELECT schemaname FROM pg_tables WHERE tablename = 't';
SET search_path = staging;
CREATE TABLE t2 (id int);
