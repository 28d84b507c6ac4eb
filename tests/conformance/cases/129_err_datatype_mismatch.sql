-- 42804 datatype mismatch: ALTER TYPE text->int without USING (with HINT), a default of the wrong type, a CHECK that is not boolean; USING fixes it.
-- modes: autocommit single-transaction
CREATE TABLE t (id int, code text, flag boolean);
INSERT INTO t VALUES (1, '10', true);
ALTER TABLE t ALTER COLUMN code TYPE int;
ALTER TABLE t ALTER COLUMN flag TYPE int;
ALTER TABLE t ADD COLUMN d date DEFAULT 5;
ALTER TABLE t ADD CONSTRAINT t_chk CHECK (id + 1);
ALTER TABLE t ALTER COLUMN code TYPE int USING code::int;
SELECT code + 1 AS eleven FROM t;
