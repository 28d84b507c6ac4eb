-- Schema drift: the table the migration creates exists already → 42P07; in whole-file modes nothing of the file is applied.
-- modes: single-transaction autocommit whole-file whole-file-tx
-- args: --setup 151_drift_table_exists.setup.sql
CREATE TABLE audit_log (id bigserial PRIMARY KEY, payload jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX audit_log_created_at_idx ON audit_log (created_at);
INSERT INTO audit_log (payload) VALUES ('{}');
