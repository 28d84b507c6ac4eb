-- COMMENT ON a missing object: column 42703, table 42P01, constraint 42704, function 42883, index 42P01.
-- modes: autocommit single-transaction
CREATE TABLE notes (id int PRIMARY KEY);
COMMENT ON COLUMN notes.body IS 'x';
COMMENT ON TABLE nonotes IS 'x';
COMMENT ON CONSTRAINT notes_body_check ON notes IS 'x';
COMMENT ON FUNCTION notes_fn(int) IS 'x';
COMMENT ON INDEX notes_idx IS 'x';
COMMENT ON INDEX notes_pkey IS 'the key';
COMMENT ON COLUMN notes.id IS 'ok';
