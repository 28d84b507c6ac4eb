CREATE TABLE emails (id int, address text);
INSERT INTO emails VALUES (1, 'a@x'), (2, 'b@x');
