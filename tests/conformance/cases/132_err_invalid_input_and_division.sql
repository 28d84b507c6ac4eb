-- 22P02 invalid input syntax (int, uuid, boolean, json) and 22012 division by zero, in literals, casts and defaults.
-- modes: autocommit single-transaction
CREATE TABLE t (id int, u uuid, b boolean, j jsonb);
INSERT INTO t (id) VALUES ('12a');
INSERT INTO t (u) VALUES ('not-a-uuid');
INSERT INTO t (b) VALUES ('maybe');
INSERT INTO t (j) VALUES ('{bad json');
SELECT 'x'::int;
SELECT 1 / 0;
SELECT 1.5 / 0.0;
SELECT 7 % 0;
ALTER TABLE t ADD COLUMN r int DEFAULT 1 / 0;
ALTER TABLE t ADD COLUMN q int DEFAULT 'abc';
INSERT INTO t (id) VALUES (1);
