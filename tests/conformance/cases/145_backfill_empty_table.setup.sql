CREATE TABLE metrics (id int PRIMARY KEY, total int, count int);
