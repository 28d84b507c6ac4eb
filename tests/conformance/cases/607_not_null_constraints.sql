-- CONSTRAINT name NOT NULL column as a table constraint: a syntax error at NOT on PG 15; on PG 18 a named not-null constraint, one per column (55000), clashing names (42710), missing columns (42703).
-- modes: autocommit
CREATE TABLE t (id int PRIMARY KEY, v int, s text);
ALTER TABLE t ADD CONSTRAINT t_v_nn NOT NULL v;
ALTER TABLE t ADD CONSTRAINT t_v_nn2 NOT NULL v;
ALTER TABLE t ADD CONSTRAINT t_pkey NOT NULL s;
ALTER TABLE t ADD CONSTRAINT t_nope NOT NULL nope;
ALTER TABLE t ADD CONSTRAINT t_id_nn NOT NULL id;
INSERT INTO t VALUES (1, 1, 'x');
ALTER TABLE t ADD CONSTRAINT t_s_nn NOT NULL s;
CREATE TABLE nn (a int, b int NOT NULL, CONSTRAINT nn_a NOT NULL a, CONSTRAINT nn_b NOT NULL b, PRIMARY KEY (b));
CREATE TABLE nn2 (a int, CONSTRAINT nn2_x NOT NULL x);
CREATE TABLE IF NOT EXISTS nn (a int, CONSTRAINT nn_a NOT NULL a);
ALTER TABLE t ADD COLUMN w int, ADD CONSTRAINT t_w_nn NOT NULL w;
SELECT conname FROM pg_constraint WHERE conrelid = 'nn'::regclass AND contype = 'n' ORDER BY conname;
