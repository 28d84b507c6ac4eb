-- DROP TABLE referenced by a view: 2BP01 with DETAIL (the view) and HINT; CASCADE drops the view with a NOTICE.
-- modes: autocommit single-transaction
CREATE TABLE orders (id int, total numeric);
CREATE VIEW big_orders AS SELECT id FROM orders WHERE total > 100;
DROP TABLE orders;
SELECT count(*) FROM big_orders;
DROP TABLE orders CASCADE;
SELECT count(*) FROM big_orders;
DROP VIEW big_orders;
