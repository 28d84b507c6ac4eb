-- 0A000 feature not supported: subquery in CHECK / index predicate, ALTER TYPE under a generated column or a view, cross-database reference; SET DEFAULT on a generated column is 42601.
-- modes: autocommit single-transaction
CREATE TABLE t (id int, v int, g int GENERATED ALWAYS AS (v * 2) STORED);
CREATE VIEW tv AS SELECT id, v FROM t;
ALTER TABLE t ADD CONSTRAINT t_chk CHECK (id IN (SELECT 1));
ALTER TABLE t ALTER COLUMN v TYPE bigint;
SELECT * FROM otherdb.public.t;
ALTER TABLE t ALTER COLUMN g SET DEFAULT 1;
CREATE INDEX t_idx ON t (id) WHERE id IN (SELECT 1);
ALTER TABLE t ALTER COLUMN id TYPE bigint;
