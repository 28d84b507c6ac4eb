-- Tables, indexes, sequences, views and matviews share one namespace per schema (42P07); a table's row type blocks CREATE TYPE (42710).
-- modes: autocommit single-transaction
CREATE TABLE things (id int);
CREATE INDEX things ON things (id);
CREATE SEQUENCE things;
CREATE VIEW things AS SELECT 1 AS one;
CREATE MATERIALIZED VIEW things AS SELECT 1 AS one;
CREATE TYPE things AS ENUM ('a');
CREATE SEQUENCE things_seq;
CREATE TABLE things_seq (id int);
CREATE INDEX things_seq ON things (id);
CREATE VIEW things_v AS SELECT id FROM things;
CREATE INDEX things_v ON things (id);
ALTER TABLE things RENAME TO things_v;
ALTER INDEX IF EXISTS things_seq RENAME TO x;
SELECT relname, relkind FROM pg_class WHERE relname LIKE 'things%' ORDER BY relname;
