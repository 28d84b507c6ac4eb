CREATE TABLE orders (id int PRIMARY KEY, customer_id int, created date);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
