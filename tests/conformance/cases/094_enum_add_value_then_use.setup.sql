CREATE TYPE order_state AS ENUM ('new', 'paid');
CREATE TABLE orders (id int, state order_state NOT NULL DEFAULT 'new');
INSERT INTO orders VALUES (1, 'new'), (2, 'paid');
