-- FOREIGN KEY ... NOT VALID over orphan rows: adding succeeds, VALIDATE fails with 23503 and DETAIL until fixed.
-- modes: single-transaction autocommit
-- args: --setup 030_fk_not_valid_validate.setup.sql
ALTER TABLE invoices ADD CONSTRAINT invoices_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
ALTER TABLE invoices ADD CONSTRAINT invoices_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
INSERT INTO invoices VALUES (3, 98);
ALTER TABLE invoices VALIDATE CONSTRAINT invoices_customer_fk;
DELETE FROM invoices WHERE customer_id NOT IN (SELECT id FROM customers);
ALTER TABLE invoices VALIDATE CONSTRAINT invoices_customer_fk;
SELECT convalidated FROM pg_constraint WHERE conname = 'invoices_customer_fk';
