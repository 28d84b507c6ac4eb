-- DROP ... IF EXISTS of missing objects: ok with the exact NOTICE text per object kind (table, index, view, matview, sequence, type, function, schema, trigger, constraint, column).
-- modes: autocommit single-transaction
CREATE TABLE t (id int);
DROP TABLE IF EXISTS no_table;
DROP INDEX IF EXISTS no_index;
DROP VIEW IF EXISTS no_view;
DROP MATERIALIZED VIEW IF EXISTS no_mv;
DROP SEQUENCE IF EXISTS no_seq;
DROP TYPE IF EXISTS no_type;
DROP DOMAIN IF EXISTS no_domain;
DROP FUNCTION IF EXISTS no_fn();
DROP PROCEDURE IF EXISTS no_proc(int);
DROP SCHEMA IF EXISTS no_schema;
DROP TRIGGER IF EXISTS no_trg ON t;
DROP TRIGGER IF EXISTS no_trg ON no_table;
ALTER TABLE t DROP CONSTRAINT IF EXISTS no_con;
ALTER TABLE t DROP COLUMN IF EXISTS no_col;
DROP TABLE IF EXISTS t, no_table2;
DROP EXTENSION IF EXISTS no_ext;
