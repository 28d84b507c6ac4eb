-- On an EMPTY table (setup has no rows) ADD COLUMN ... NOT NULL without a default and SET NOT NULL both succeed.
-- modes: single-transaction autocommit
-- args: --setup 140_not_null_empty_table.setup.sql
ALTER TABLE profiles ADD COLUMN handle text NOT NULL;
ALTER TABLE profiles ALTER COLUMN bio SET NOT NULL;
ALTER TABLE profiles ADD COLUMN created_year int NOT NULL;
INSERT INTO profiles (id, bio) VALUES (1, 'x');
INSERT INTO profiles (id, bio, handle, created_year) VALUES (1, 'x', 'h', 2020);
