-- A single CREATE INDEX CONCURRENTLY alone in a whole-file message runs (no implicit block); inside whole-file-tx it is 25001.
-- modes: whole-file whole-file-tx autocommit single-transaction
-- args: --setup 093_nontx_alone_whole_file.setup.sql
CREATE INDEX CONCURRENTLY accounts_email_idx ON accounts (email);
