-- Schema drift the other way: the column the migration renames / drops / indexes was never created → 42703.
-- modes: single-transaction autocommit
-- args: --setup 153_drift_column_missing.setup.sql
ALTER TABLE products RENAME COLUMN sku TO code;
ALTER TABLE products DROP COLUMN legacy_flag;
CREATE INDEX products_sku_idx ON products (sku);
ALTER TABLE products ADD COLUMN price numeric;
