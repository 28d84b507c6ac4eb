CREATE TABLE users (id int PRIMARY KEY, email text);
ALTER TABLE users ADD COLUMN last_login timestamptz;
