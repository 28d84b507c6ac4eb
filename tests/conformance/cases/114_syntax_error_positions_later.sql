-- Errors the parser finds vs. the analyser: ALTER with a bad clause is 42601; an unknown type name is 42704; a bad option value 22023.
-- modes: autocommit single-transaction
CREATE TABLE p (id int);
ALTER TABLE p ALTER COLUMN id SET NOT NULLL;
ALTER TABLE p ADD COLUMN v integr;
ALTER TABLE p ADD COLUMN w int DEFAULT;
ALTER TABLE p SET (fillfactor = 5);
ALTER TABLE p ADD CONSTRAINT IF NOT EXISTS p_id_check CHECK (id > 0);
CREATE INDEX ON p USING nosuchmethod (id);
ALTER TABLE p ADD COLUMN z int;
