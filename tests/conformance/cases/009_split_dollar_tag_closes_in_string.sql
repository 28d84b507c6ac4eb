-- A $x$ inside a quoted string still closes the $x$ dollar quote; the stray quote then swallows the rest of the file into one statement (42601).
-- modes: autocommit single-transaction
CREATE TABLE before_it (id int);
DO $x$ BEGIN RAISE NOTICE 'closes here $x$ oops'; END $x$;
CREATE TABLE swallowed (id int);
SELECT 1;
