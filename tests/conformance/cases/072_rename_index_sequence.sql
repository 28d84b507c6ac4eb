-- ALTER INDEX RENAME / ALTER SEQUENCE RENAME: old names are 42P01 for later statements; renaming onto a taken name is 42P07.
-- modes: single-transaction whole-file
CREATE TABLE shipments (id int, code text);
CREATE INDEX shipments_code_idx ON shipments (code);
CREATE SEQUENCE shipment_no;
ALTER INDEX shipments_code_idx RENAME TO shipments_code_ix;
ALTER SEQUENCE shipment_no RENAME TO shipment_seq;
SELECT nextval('shipment_seq') AS n;
ALTER INDEX IF EXISTS shipments_code_idx RENAME TO whatever;
SELECT indexname FROM pg_indexes WHERE tablename = 'shipments';
SELECT nextval('shipment_no');
ALTER INDEX shipments_code_ix RENAME TO shipment_seq;
