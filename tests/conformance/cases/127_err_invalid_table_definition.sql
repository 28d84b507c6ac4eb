-- 42P16 invalid table definition: two primary keys (ALTER and CREATE), DROP NOT NULL on a PK column, CREATE OR REPLACE VIEW dropping a column.
-- modes: autocommit single-transaction
CREATE TABLE t (id int PRIMARY KEY, code text);
ALTER TABLE t ADD PRIMARY KEY (code);
CREATE TABLE t2 (a int PRIMARY KEY, b int PRIMARY KEY);
ALTER TABLE t ALTER COLUMN id DROP NOT NULL;
CREATE VIEW tv AS SELECT id, code FROM t;
CREATE OR REPLACE VIEW tv AS SELECT id FROM t;
ALTER TABLE t ALTER COLUMN code DROP NOT NULL;
SELECT count(*) FROM t;
