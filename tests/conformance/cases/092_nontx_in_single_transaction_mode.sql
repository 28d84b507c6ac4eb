-- CREATE INDEX CONCURRENTLY in a migration: fine in autocommit, 25001 + cascade in single-transaction, 25001 in a multi-statement whole-file message.
-- modes: autocommit single-transaction whole-file whole-file-tx
-- args: --setup 092_nontx_in_single_transaction_mode.setup.sql
ALTER TABLE accounts ADD COLUMN handle text;
CREATE INDEX CONCURRENTLY accounts_email_idx ON accounts (email);
CREATE UNIQUE INDEX CONCURRENTLY accounts_handle_uidx ON accounts (handle);
UPDATE accounts SET handle = 'h' || id;
