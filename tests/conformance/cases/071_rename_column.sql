-- RENAME COLUMN: the old name is 42703 afterwards; views and indexes follow the column; renaming onto an existing name is 42701.
-- modes: autocommit single-transaction
CREATE TABLE users (id int, mail text, name text);
CREATE INDEX users_mail_idx ON users (mail);
CREATE VIEW user_mails AS SELECT id, mail FROM users;
ALTER TABLE users RENAME COLUMN mail TO email;
INSERT INTO users (id, email) VALUES (1, 'a@x');
SELECT mail FROM users;
SELECT * FROM user_mails;
SELECT pg_get_indexdef('users_mail_idx'::regclass) AS def;
ALTER TABLE users RENAME COLUMN name TO email;
ALTER TABLE users RENAME COLUMN nope TO other;
ALTER TABLE users RENAME email TO mail;
SELECT mail FROM users;
