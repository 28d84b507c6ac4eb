-- CREATE FUNCTION with COST / ROWS (sqlparser reads neither): both must be positive, ROWS only for set-returning functions (22023).
-- modes: autocommit
CREATE FUNCTION f1(a int) RETURNS int LANGUAGE sql COST 100 AS 'SELECT 1';
CREATE FUNCTION f2(a int) RETURNS int LANGUAGE sql COST 0 AS 'SELECT 1';
CREATE FUNCTION f3(a int) RETURNS SETOF int LANGUAGE sql ROWS 10 AS 'SELECT 1';
CREATE FUNCTION f4(a int) RETURNS int LANGUAGE sql ROWS 10 AS 'SELECT 1';
CREATE FUNCTION f5(a int) RETURNS SETOF int LANGUAGE sql ROWS 0 AS 'SELECT 1';
CREATE FUNCTION f6(a int) RETURNS SETOF int LANGUAGE sql COST -1 AS 'SELECT 1';
CREATE OR REPLACE FUNCTION f1(a int) RETURNS int LANGUAGE plpgsql COST 1 AS $$ BEGIN RETURN 1; END $$;
CREATE FUNCTION f7() RETURNS TABLE (cost int, rows int) LANGUAGE sql ROWS 5 COST 10 AS 'SELECT 1, 2';
SELECT proname, procost, prorows FROM pg_proc WHERE proname IN ('f1', 'f3', 'f7') ORDER BY proname;
