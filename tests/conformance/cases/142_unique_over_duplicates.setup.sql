CREATE TABLE emails (id int, address text);
INSERT INTO emails VALUES (1, 'a@x'), (2, 'b@x'), (3, 'a@x'), (4, NULL), (5, NULL);
