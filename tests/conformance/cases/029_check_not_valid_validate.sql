-- CHECK ... NOT VALID skips existing bad rows but checks new ones; VALIDATE fails (23514) until the data is fixed.
-- modes: autocommit single-transaction
-- args: --setup 029_check_not_valid_validate.setup.sql
ALTER TABLE orders ADD CONSTRAINT orders_qty_pos CHECK (qty > 0);
ALTER TABLE orders ADD CONSTRAINT orders_qty_pos CHECK (qty > 0) NOT VALID;
INSERT INTO orders VALUES (4, -5);
INSERT INTO orders VALUES (4, 7);
ALTER TABLE orders VALIDATE CONSTRAINT orders_qty_pos;
UPDATE orders SET qty = 1 WHERE qty <= 0;
ALTER TABLE orders VALIDATE CONSTRAINT orders_qty_pos;
ALTER TABLE orders VALIDATE CONSTRAINT orders_qty_missing;
SELECT conname, convalidated FROM pg_constraint WHERE conname = 'orders_qty_pos';
