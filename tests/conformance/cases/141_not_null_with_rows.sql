-- With rows (setup inserts 2, one NULL bio): ADD COLUMN NOT NULL without default and SET NOT NULL fail with 23502; a DEFAULT or a backfill fixes it.
-- modes: autocommit single-transaction
-- args: --setup 141_not_null_with_rows.setup.sql
ALTER TABLE profiles ADD COLUMN handle text NOT NULL;
ALTER TABLE profiles ALTER COLUMN bio SET NOT NULL;
ALTER TABLE profiles ADD COLUMN handle text NOT NULL DEFAULT '';
UPDATE profiles SET bio = '' WHERE bio IS NULL;
ALTER TABLE profiles ALTER COLUMN bio SET NOT NULL;
SELECT id, bio, handle FROM profiles ORDER BY id;
