-- 25P02 cascade: after an error in BEGIN..COMMIT every kind of statement (DML, DDL, DO, CALL, EXPLAIN, COMMENT, GRANT, TRUNCATE, PREPARE, LOCK) fails with 25P02.
-- modes: as-written
CREATE TABLE base (id int);
CREATE PROCEDURE noop() LANGUAGE sql AS $$ SELECT 1 $$;
BEGIN;
INSERT INTO base VALUES ('not a number');
INSERT INTO base VALUES (1);
UPDATE base SET id = 2;
DELETE FROM base;
SELECT * FROM base;
CREATE TABLE other (id int);
ALTER TABLE base ADD COLUMN x int;
DROP TABLE base;
CREATE INDEX base_id_idx ON base (id);
DO $$ BEGIN PERFORM 1; END $$;
CALL noop();
EXPLAIN SELECT 1;
COMMENT ON TABLE base IS 'x';
GRANT SELECT ON base TO PUBLIC;
TRUNCATE base;
PREPARE q AS SELECT 1;
LOCK TABLE base IN ACCESS SHARE MODE;
VALUES (1);
COMMIT;
SELECT count(*) AS rows_after FROM base;
