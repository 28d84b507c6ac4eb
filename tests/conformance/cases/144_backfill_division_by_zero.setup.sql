CREATE TABLE metrics (id int PRIMARY KEY, total int, count int);
INSERT INTO metrics VALUES (1, 10, 2), (2, 5, 0);
