-- 42883: unknown function, wrong argument types/count, missing operator (text - int), DROP FUNCTION of a missing signature, a missing function in a default and an index.
-- modes: autocommit single-transaction
CREATE FUNCTION twice(x int) RETURNS int LANGUAGE sql AS $$ SELECT x * 2 $$;
SELECT twice(2) AS ok;
SELECT twice('a'::text);
SELECT thrice(2);
SELECT 'abc'::text - 1;
DROP FUNCTION twice(text);
DROP FUNCTION thrice;
DROP FUNCTION IF EXISTS thrice(int);
CREATE TABLE t (id int DEFAULT thrice(1));
CREATE TABLE t3 (id int);
CREATE INDEX ON t3 (thrice(id));
SELECT twice(2, 3);
