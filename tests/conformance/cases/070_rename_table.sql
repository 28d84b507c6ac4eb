-- ALTER TABLE RENAME: later statements see the new name, the old one is 42P01; generated index/sequence names keep the old prefix.
-- modes: single-transaction autocommit
CREATE TABLE clients (id serial PRIMARY KEY, name text UNIQUE);
ALTER TABLE clients RENAME TO customers;
INSERT INTO customers (name) VALUES ('a');
SELECT conname FROM pg_constraint WHERE conrelid = 'customers'::regclass AND contype <> 'n' ORDER BY conname;
SELECT pg_get_serial_sequence('customers', 'id') AS seq;
CREATE TABLE clients (id int);
INSERT INTO clients VALUES (1);
ALTER TABLE customers RENAME TO clients;
ALTER TABLE IF EXISTS clients_old RENAME TO clients_new;
SELECT count(*) FROM clients;
