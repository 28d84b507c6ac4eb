-- CREATE ... IF NOT EXISTS and ALTER ... IF EXISTS over existing/missing objects: ok + NOTICE with the exact text and SQLSTATE.
-- modes: single-transaction autocommit
CREATE SCHEMA s;
CREATE TABLE s.t (id int);
CREATE INDEX t_id_idx ON s.t (id);
CREATE SCHEMA IF NOT EXISTS s;
CREATE TABLE IF NOT EXISTS s.t (id int);
CREATE INDEX IF NOT EXISTS t_id_idx ON s.t (id);
CREATE SEQUENCE IF NOT EXISTS s.t;
ALTER TABLE s.t ADD COLUMN IF NOT EXISTS id bigint;
ALTER TABLE IF EXISTS s.missing ADD COLUMN x int;
ALTER TABLE IF EXISTS s.missing RENAME TO other;
ALTER INDEX IF EXISTS s.missing_idx RENAME TO other_idx;
ALTER SEQUENCE IF EXISTS s.missing_seq RESTART;
ALTER VIEW IF EXISTS s.missing_v RENAME TO x;
CREATE TABLE IF NOT EXISTS s.t2 AS SELECT 1 AS one;
CREATE TABLE IF NOT EXISTS s.t2 AS SELECT 2 AS two;
SELECT one FROM s.t2;
