CREATE TABLE accounts (id int PRIMARY KEY, balance int);
CREATE TABLE transfers (id int PRIMARY KEY, account_id int, amount int);
INSERT INTO accounts VALUES (1, 100), (2, -5);
INSERT INTO transfers VALUES (1, 1, 10), (2, 3, 10);
