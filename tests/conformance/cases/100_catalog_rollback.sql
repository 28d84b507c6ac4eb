-- ROLLBACK undoes DDL: a table created (or dropped, or renamed) in a rolled-back block is gone (or back) for later statements.
-- modes: as-written
CREATE TABLE keep_me (id int);
BEGIN;
CREATE TABLE temp_t (id int);
DROP TABLE keep_me;
ALTER TABLE temp_t RENAME TO temp_t2;
ROLLBACK;
SELECT * FROM temp_t2;
SELECT * FROM temp_t;
SELECT count(*) FROM keep_me;
CREATE TABLE temp_t (id int);
BEGIN;
ALTER TABLE keep_me ADD COLUMN extra int;
CREATE INDEX keep_me_extra_idx ON keep_me (extra);
ROLLBACK;
SELECT extra FROM keep_me;
CREATE INDEX keep_me_extra_idx ON keep_me (id);
