-- Generated names: t_pkey, t_col_key, t_col_seq, t_col_fkey, t_col_check, t_col_idx, t_col1_col2_idx, and their use in messages.
-- modes: single-transaction autocommit
CREATE TABLE parent (id serial PRIMARY KEY);
CREATE TABLE child (
  id bigserial PRIMARY KEY,
  code text UNIQUE,
  qty int CHECK (qty > 0),
  parent_id int REFERENCES parent,
  a int, b int,
  CHECK (a < b)
);
CREATE INDEX ON child (qty);
CREATE INDEX ON child (a, b);
SELECT conname, contype FROM pg_constraint WHERE conrelid = 'child'::regclass AND contype <> 'n' ORDER BY conname;
SELECT relname, relkind FROM pg_class WHERE relname LIKE 'child%' OR relname LIKE 'parent%' ORDER BY relname;
INSERT INTO child (code, qty) VALUES ('x', 1);
INSERT INTO child (code, qty) VALUES ('x', 1);
