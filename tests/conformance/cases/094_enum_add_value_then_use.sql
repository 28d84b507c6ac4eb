-- ALTER TYPE ADD VALUE on an existing enum, then using the new label in the same transaction: 55P04 (old labels are fine); autocommit works.
-- modes: single-transaction autocommit whole-file
-- args: --setup 094_enum_add_value_then_use.setup.sql
ALTER TYPE order_state ADD VALUE 'shipped' AFTER 'paid';
UPDATE orders SET state = 'paid' WHERE id = 1;
UPDATE orders SET state = 'shipped' WHERE id = 2;
SELECT count(*) FROM orders WHERE state = 'shipped';
