-- A view on a view: dropping the inner one is 2BP01; DROP VIEW on a table is 42809; DROP TABLE on a view is 42809.
-- modes: single-transaction as-written
CREATE TABLE src (n int);
CREATE VIEW inner_v AS SELECT n FROM src;
CREATE VIEW outer_v AS SELECT n * 2 AS n2 FROM inner_v;
DROP VIEW inner_v;
DROP VIEW src;
DROP TABLE outer_v;
DROP VIEW outer_v, inner_v;
DROP TABLE src;
