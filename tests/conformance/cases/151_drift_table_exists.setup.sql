CREATE TABLE audit_log (id bigint PRIMARY KEY, payload jsonb);
