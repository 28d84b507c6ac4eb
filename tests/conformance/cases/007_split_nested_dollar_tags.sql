-- Nested dollar tags ($outer$ containing $$), DO blocks and RAISE NOTICE output.
-- modes: as-written
DO $outer$
BEGIN
  EXECUTE $$CREATE TABLE made_in_do (id int)$$;
  RAISE NOTICE 'created; table %', 'made_in_do';
END
$outer$;
INSERT INTO made_in_do VALUES (1);
DO $$ BEGIN PERFORM 1; END $$;
DO $x$ BEGIN RAISE NOTICE '$$ inside, %', 'x'; END $x$;
SELECT count(*) FROM made_in_do;
