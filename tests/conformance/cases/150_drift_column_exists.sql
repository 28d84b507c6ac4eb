-- Schema drift: the setup already has the column the migration adds → 42701 (and the cascade in a transaction); IF NOT EXISTS only notices.
-- modes: single-transaction autocommit whole-file
-- args: --setup 150_drift_column_exists.setup.sql
ALTER TABLE users ADD COLUMN last_login timestamptz;
CREATE INDEX users_last_login_idx ON users (last_login);
ALTER TABLE users ADD COLUMN IF NOT EXISTS last_login timestamptz;
COMMENT ON COLUMN users.last_login IS 'set on sign-in';
