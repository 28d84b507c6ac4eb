CREATE TABLE orders (id int PRIMARY KEY, qty int);
INSERT INTO orders VALUES (1, 5), (2, -1), (3, 0);
