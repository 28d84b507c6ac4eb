-- 42830 invalid foreign key: referenced columns without a unique constraint (also a partial unique index does not count); 42804 type mismatch.
-- modes: autocommit single-transaction
CREATE TABLE parent (id int PRIMARY KEY, code text, token uuid, ext bigint);
CREATE UNIQUE INDEX parent_code_live ON parent (code) WHERE id > 0;
CREATE TABLE child (pid int, pcode text, ptoken text);
ALTER TABLE child ADD FOREIGN KEY (pcode) REFERENCES parent (code);
ALTER TABLE child ADD FOREIGN KEY (ptoken) REFERENCES parent (token);
ALTER TABLE child ADD FOREIGN KEY (ptoken) REFERENCES parent (id);
ALTER TABLE child ADD FOREIGN KEY (pid) REFERENCES parent (id);
ALTER TABLE child ADD FOREIGN KEY (pid, pcode) REFERENCES parent (id);
SELECT conname FROM pg_constraint WHERE conrelid = 'child'::regclass;
