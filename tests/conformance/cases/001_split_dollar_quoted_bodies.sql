-- Dollar-quoted function bodies ($$ and $tag$) with semicolons inside are sent as ONE statement each.
-- modes: single-transaction autocommit
CREATE FUNCTION add_one(i int) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  -- a comment; with a semicolon
  RETURN i + 1;
END;
$$;
CREATE FUNCTION greet(name text) RETURNS text LANGUAGE plpgsql AS $body$
DECLARE
  s text := 'hello; ' || name;
BEGIN
  RETURN s || ' $$ not the end';
END;
$body$;
SELECT add_one(41) AS answer;
SELECT greet('world') AS g;
SELECT $q$a;b;c$q$ AS literal, length($$;;$$) AS two;
