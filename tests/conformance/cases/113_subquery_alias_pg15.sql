-- FROM (subquery) without an alias: 42601 "subquery in FROM must have an alias" on PG 15 (a grammar error: also inside an aborted block), fine on PG 18.
-- modes: single-transaction autocommit whole-file
CREATE TABLE nums (n int);
INSERT INTO nums VALUES (1), (2), (3);
SELECT count(*) FROM (SELECT n FROM nums WHERE n > 1);
CREATE TABLE agg AS SELECT max(n) AS m FROM (SELECT n FROM nums);
SELECT count(*) FROM (SELECT n FROM nums) AS sub;
SELECT 1/0;
SELECT * FROM (VALUES (1)) ;
SELECT * FROM (SELECT 1);
