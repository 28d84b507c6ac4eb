-- Try-and-recover pattern: each risky DDL in its own savepoint; failures are rolled back to it and the migration commits the rest.
-- modes: as-written single-transaction
-- args: --setup 104_idempotent_savepoint_pattern.setup.sql
BEGIN;
SAVEPOINT add_col;
ALTER TABLE settings ADD COLUMN updated_by text;
RELEASE SAVEPOINT add_col;
SAVEPOINT add_row;
INSERT INTO settings VALUES ('a', '2');
ROLLBACK TO SAVEPOINT add_row;
SAVEPOINT add_table;
CREATE TABLE settings (key text);
ROLLBACK TO SAVEPOINT add_table;
UPDATE settings SET updated_by = 'migration';
COMMIT;
SELECT key, value, updated_by FROM settings;
