-- Generated names get a numeric suffix on collision: t_col_key1, t_col_idx1, t_col_check1, t_col_fkey1.
-- modes: autocommit whole-file-tx
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE t (a int UNIQUE, p_id int REFERENCES p, CHECK (a > 0));
ALTER TABLE t ADD UNIQUE (a);
ALTER TABLE t ADD UNIQUE (a);
ALTER TABLE t ADD CHECK (a > 1);
ALTER TABLE t ADD FOREIGN KEY (p_id) REFERENCES p;
CREATE INDEX ON t (a);
CREATE INDEX ON t (a);
CREATE INDEX ON t (a);
SELECT conname FROM pg_constraint WHERE conrelid = 't'::regclass AND contype <> 'n' ORDER BY conname;
SELECT indexname FROM pg_indexes WHERE tablename = 't' ORDER BY indexname;
