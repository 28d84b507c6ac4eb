CREATE TABLE items (id int PRIMARY KEY, qty text, code varchar(10));
INSERT INTO items VALUES (1, '5', 'abc'), (2, 'five', 'abcdefgh');
