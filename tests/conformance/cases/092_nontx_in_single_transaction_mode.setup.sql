CREATE TABLE accounts (id int PRIMARY KEY, email text);
INSERT INTO accounts VALUES (1, 'a@x'), (2, 'b@x');
