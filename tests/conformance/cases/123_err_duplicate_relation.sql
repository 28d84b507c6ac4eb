-- 42P07 for CREATE TABLE/INDEX/SEQUENCE/VIEW over an existing name; IF NOT EXISTS variants give NOTICE 42P07 "... already exists, skipping".
-- modes: autocommit single-transaction
CREATE TABLE t (id int);
CREATE INDEX t_id_idx ON t (id);
CREATE SEQUENCE t_seq;
CREATE VIEW t_v AS SELECT id FROM t;
CREATE TABLE t (id int);
CREATE TABLE IF NOT EXISTS t (other int);
CREATE INDEX t_id_idx ON t (id);
CREATE INDEX IF NOT EXISTS t_id_idx ON t (id);
CREATE SEQUENCE t_seq;
CREATE SEQUENCE IF NOT EXISTS t_seq;
CREATE VIEW t_v AS SELECT 1 AS one;
CREATE MATERIALIZED VIEW IF NOT EXISTS t_v AS SELECT 1 AS one;
CREATE TABLE IF NOT EXISTS t_id_idx (x int);
