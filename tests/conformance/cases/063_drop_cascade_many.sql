-- DROP ... CASCADE reaching several objects: one NOTICE "drop cascades to N other objects" with the list in its DETAIL.
-- modes: autocommit single-transaction
CREATE TABLE base (id int PRIMARY KEY, v int);
CREATE VIEW v1 AS SELECT id FROM base;
CREATE VIEW v2 AS SELECT id FROM v1;
CREATE TABLE refs (base_id int REFERENCES base);
CREATE FUNCTION base_count() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM base; END;
DROP TABLE base;
DROP TABLE base CASCADE;
SELECT count(*) FROM refs;
SELECT proname FROM pg_proc WHERE proname = 'base_count';
DROP VIEW IF EXISTS v1, v2;
