-- 42701 for a duplicate column: in CREATE TABLE, ADD COLUMN, RENAME COLUMN and twice in one ALTER; IF NOT EXISTS gives a NOTICE (42701).
-- modes: autocommit whole-file
CREATE TABLE t (id int, name text);
CREATE TABLE t2 (id int, id int);
ALTER TABLE t ADD COLUMN name text;
ALTER TABLE t ADD COLUMN IF NOT EXISTS name varchar(10);
ALTER TABLE t ADD COLUMN a int, ADD COLUMN a int;
ALTER TABLE t RENAME COLUMN id TO name;
ALTER TABLE t ADD COLUMN IF NOT EXISTS extra int;
SELECT extra FROM t;
