-- COMMIT and END of a failed transaction both answer tag ROLLBACK (no error); the work of the block is gone.
-- modes: as-written
BEGIN;
CREATE TABLE kept_a (id int);
SELECT 1/0;
COMMIT;
BEGIN;
CREATE TABLE kept_b (id int);
ALTER TABLE nope ADD COLUMN x int;
END;
SELECT count(*) AS created FROM pg_class WHERE relname IN ('kept_a', 'kept_b');
BEGIN;
CREATE TABLE kept_c (id int);
END;
SELECT count(*) AS created FROM pg_class WHERE relname = 'kept_c';
