-- ALTER SEQUENCE (INCREMENT, MAXVALUE, RESTART, CYCLE) as seen by nextval; running past MAXVALUE is 2200H.
-- modes: single-transaction autocommit
CREATE SEQUENCE order_no START 100;
SELECT nextval('order_no') AS a;
ALTER SEQUENCE order_no INCREMENT BY 10 MAXVALUE 125;
SELECT nextval('order_no') AS b;
SELECT nextval('order_no') AS c;
SELECT nextval('order_no') AS d;
ALTER SEQUENCE order_no RESTART WITH 1 CYCLE;
SELECT nextval('order_no') AS e;
ALTER SEQUENCE order_no MAXVALUE 0;
ALTER SEQUENCE missing_seq RESTART;
ALTER SEQUENCE IF EXISTS missing_seq RESTART;
