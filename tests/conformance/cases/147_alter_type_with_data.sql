-- ALTER COLUMN TYPE over existing rows: USING cast fails on bad data (22P02), shrinking varchar fails (22001); after fixing the data both pass.
-- modes: autocommit single-transaction
-- args: --setup 147_alter_type_with_data.setup.sql
ALTER TABLE items ALTER COLUMN qty TYPE int USING qty::int;
ALTER TABLE items ALTER COLUMN code TYPE varchar(5);
UPDATE items SET qty = '0' WHERE qty !~ '^[0-9]+$';
UPDATE items SET code = left(code, 5);
ALTER TABLE items ALTER COLUMN qty TYPE int USING qty::int;
ALTER TABLE items ALTER COLUMN code TYPE varchar(5);
SELECT id, qty, code FROM items ORDER BY id;
