CREATE TABLE members (id int PRIMARY KEY, email text);
ALTER TABLE members ADD CONSTRAINT members_email_key UNIQUE (email);
ALTER TABLE members ADD CONSTRAINT members_email_check CHECK (email LIKE '%@%');
