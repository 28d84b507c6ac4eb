-- Schema drift for constraints: an existing UNIQUE name is 42P07 (it is an index), an existing CHECK name is 42710; DROP CONSTRAINT IF EXISTS first makes it idempotent.
-- modes: single-transaction autocommit
-- args: --setup 155_drift_constraint_exists.setup.sql
ALTER TABLE members ADD CONSTRAINT members_email_key UNIQUE (email);
ALTER TABLE members ADD CONSTRAINT members_email_check CHECK (email <> '');
ALTER TABLE members DROP CONSTRAINT IF EXISTS members_email_check;
ALTER TABLE members ADD CONSTRAINT members_email_check CHECK (email <> '');
