-- RENAME CONSTRAINT: a PK/UNIQUE rename renames its index too; the old name is 42704 for DROP CONSTRAINT; error messages use the new name.
-- modes: autocommit single-transaction
CREATE TABLE keys (id int PRIMARY KEY, k text UNIQUE, n int CHECK (n > 0));
ALTER TABLE keys RENAME CONSTRAINT keys_pkey TO keys_pk;
ALTER TABLE keys RENAME CONSTRAINT keys_n_check TO keys_n_positive;
SELECT indexname FROM pg_indexes WHERE tablename = 'keys' ORDER BY indexname;
INSERT INTO keys VALUES (1, 'a', 1);
INSERT INTO keys VALUES (1, 'b', 1);
INSERT INTO keys VALUES (2, 'b', 0);
ALTER TABLE keys DROP CONSTRAINT keys_n_check;
ALTER TABLE keys RENAME CONSTRAINT keys_k_key TO keys_pk;
ALTER TABLE keys RENAME CONSTRAINT nope TO other;
ALTER TABLE keys DROP CONSTRAINT IF EXISTS keys_n_check;
ALTER TABLE keys DROP CONSTRAINT keys_n_positive;
