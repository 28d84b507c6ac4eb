-- Materialized views: WITH NO DATA cannot be read (55000); REFRESH CONCURRENTLY needs a populated view and a unique index.
-- modes: autocommit single-transaction
CREATE TABLE sales (region text, amount int);
INSERT INTO sales VALUES ('n', 1), ('n', 2), ('s', 5);
CREATE MATERIALIZED VIEW sales_by_region AS SELECT region, sum(amount) AS total FROM sales GROUP BY region WITH NO DATA;
SELECT * FROM sales_by_region;
REFRESH MATERIALIZED VIEW CONCURRENTLY sales_by_region;
REFRESH MATERIALIZED VIEW sales_by_region;
SELECT region, total FROM sales_by_region ORDER BY region;
REFRESH MATERIALIZED VIEW CONCURRENTLY sales_by_region;
CREATE UNIQUE INDEX sales_by_region_uidx ON sales_by_region (region);
REFRESH MATERIALIZED VIEW CONCURRENTLY sales_by_region;
DROP VIEW sales_by_region;
DROP MATERIALIZED VIEW sales_by_region;
