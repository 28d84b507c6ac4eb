-- 42704 for missing non-relation objects: type in a column, DROP TYPE/CONSTRAINT/TRIGGER/POLICY, an unknown collation, a cast to a missing type.
-- modes: autocommit single-transaction
CREATE TABLE t (id int);
CREATE TABLE t2 (s status_t);
ALTER TABLE t ADD COLUMN s status_t;
DROP TYPE status_t;
ALTER TABLE t DROP CONSTRAINT t_missing_chk;
DROP TRIGGER t_missing_trg ON t;
DROP POLICY t_missing_pol ON t;
ALTER TABLE t ADD COLUMN name text COLLATE "no_such_collation";
ALTER TABLE t ALTER COLUMN id TYPE status_t USING id::status_t;
SELECT 1::status_t;
DROP TYPE IF EXISTS status_t;
