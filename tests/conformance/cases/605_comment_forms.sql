-- COMMENT forms sqlparser cannot read (FUNCTION/PROCEDURE/ROUTINE with arguments, CONSTRAINT … ON, $$ and E'' literals, a literal continued on the next line) and forms it wrongly accepts (IF EXISTS, ON USER).
-- modes: autocommit
CREATE TABLE t (id int PRIMARY KEY, v int);
CREATE INDEX t_v_idx ON t (v);
CREATE FUNCTION f1(a int) RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE PROCEDURE p1(a int) LANGUAGE sql AS 'SELECT 1';
COMMENT ON FUNCTION f1(int) IS 'x';
COMMENT ON FUNCTION f1(integer) IS NULL;
COMMENT ON FUNCTION f1 IS 'y';
COMMENT ON FUNCTION f1(text) IS 'x';
COMMENT ON FUNCTION f1(a int) IS 'x';
COMMENT ON FUNCTION nope IS 'x';
COMMENT ON FUNCTION nope() IS 'x';
COMMENT ON PROCEDURE f1(int) IS 'x';
COMMENT ON FUNCTION p1(int) IS 'x';
COMMENT ON ROUTINE p1(int) IS 'x';
COMMENT ON PROCEDURE p1(integer) IS 'x';
COMMENT ON FUNCTION nope.f(int) IS 'x';
COMMENT ON FUNCTION p1(nosuchtype) IS 'x';
COMMENT ON FUNCTION p1(int, text) IS 'x';
COMMENT ON CONSTRAINT t_pkey ON t IS 'k';
COMMENT ON CONSTRAINT t_pkey ON missing IS 'k';
COMMENT ON CONSTRAINT t_pkey ON nope.t IS 'x';
COMMENT ON CONSTRAINT nope ON t IS 'x';
COMMENT ON CONSTRAINT t_pkey ON t IS $$dollar 'q'$$;
COMMENT ON COLUMN t.v IS $x$dollar$x$;
COMMENT ON TABLE t IS E'esc\'aped';
COMMENT ON TABLE t IS 'a' 'b';
COMMENT ON TABLE t IS 'a'
   'b';
COMMENT IF EXISTS ON TABLE t IS 'x';
COMMENT ON USER postgres IS 'x';
COMMENT ON INDEX t_v_idx IS $$i$$;
SELECT obj_description('t'::regclass, 'pg_class') AS t, col_description('t'::regclass, 2) AS c;
