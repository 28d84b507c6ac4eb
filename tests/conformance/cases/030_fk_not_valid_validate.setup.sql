CREATE TABLE customers (id int PRIMARY KEY);
CREATE TABLE invoices (id int PRIMARY KEY, customer_id int);
INSERT INTO customers VALUES (1);
INSERT INTO invoices VALUES (1, 1), (2, 99);
