-- 42P01 from each statement kind touching a missing relation (ALTER, INSERT, CREATE INDEX, REFERENCES, VIEW, DROP TABLE/VIEW/SEQUENCE, regclass); DROP INDEX of a missing index is 42704.
-- modes: autocommit single-transaction
CREATE TABLE present (id int PRIMARY KEY);
ALTER TABLE absent ADD COLUMN x int;
INSERT INTO absent VALUES (1);
CREATE INDEX absent_idx ON absent (id);
CREATE TABLE child (pid int REFERENCES absent (id));
CREATE VIEW v AS SELECT * FROM absent;
DROP TABLE absent;
DROP INDEX absent_idx;
DROP VIEW absent_v;
DROP SEQUENCE absent_seq;
TRUNCATE absent;
SELECT nextval('absent_seq');
SELECT 'absent'::regclass;
