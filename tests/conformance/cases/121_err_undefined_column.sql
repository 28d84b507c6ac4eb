-- 42703 for a missing column in ALTER (DROP/ALTER/RENAME), CREATE INDEX, INSERT, UPDATE, a CHECK and an FK column list.
-- modes: autocommit single-transaction
CREATE TABLE t (id int PRIMARY KEY, name text);
ALTER TABLE t DROP COLUMN email;
ALTER TABLE t ALTER COLUMN email SET NOT NULL;
ALTER TABLE t ALTER COLUMN email TYPE text;
CREATE INDEX t_email_idx ON t (email);
INSERT INTO t (id, email) VALUES (1, 'x');
UPDATE t SET email = 'x';
ALTER TABLE t ADD CONSTRAINT t_email_chk CHECK (email <> '');
CREATE TABLE c (tid int REFERENCES t (email));
ALTER TABLE t ADD PRIMARY KEY (email);
SELECT nme FROM t;
