-- Unique, partial and expression indexes: which INSERTs they reject (23505 naming the index) and which they allow.
-- modes: autocommit single-transaction
CREATE TABLE accounts (id int, email text, deleted boolean NOT NULL DEFAULT false);
CREATE UNIQUE INDEX accounts_id_uidx ON accounts (id);
CREATE UNIQUE INDEX accounts_email_live_uidx ON accounts (email) WHERE NOT deleted;
CREATE UNIQUE INDEX accounts_email_lower_uidx ON accounts (lower(email)) WHERE deleted;
INSERT INTO accounts VALUES (1, 'a@x', false);
INSERT INTO accounts VALUES (1, 'b@x', false);
INSERT INTO accounts VALUES (2, 'a@x', false);
INSERT INTO accounts VALUES (3, 'a@x', true);
INSERT INTO accounts VALUES (4, 'A@X', true);
CREATE INDEX accounts_bad_expr ON accounts (random());
CREATE INDEX accounts_bad_where ON accounts (id) WHERE email = (SELECT 'x');
SELECT indexname FROM pg_indexes WHERE tablename = 'accounts' ORDER BY indexname;
