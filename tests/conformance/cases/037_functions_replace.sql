-- CREATE OR REPLACE FUNCTION: same signature replaces; changing the return type or a parameter name is 42P13; overloads.
-- modes: autocommit single-transaction
CREATE FUNCTION score(p int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT p * 2 $$;
SELECT score(2) AS v1;
CREATE OR REPLACE FUNCTION score(p int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT p * 3 $$;
SELECT score(2) AS v2;
CREATE OR REPLACE FUNCTION score(p int) RETURNS bigint LANGUAGE sql AS $$ SELECT p::bigint $$;
CREATE OR REPLACE FUNCTION score(q int) RETURNS int LANGUAGE sql AS $$ SELECT q $$;
CREATE FUNCTION score(p int) RETURNS int LANGUAGE sql AS $$ SELECT p $$;
CREATE FUNCTION score(p text) RETURNS int LANGUAGE sql AS $$ SELECT length(p) $$;
SELECT score('abcd') AS v3, score(1) AS v4;
DROP FUNCTION score;
DROP FUNCTION score(numeric);
DROP FUNCTION score(text);
DROP FUNCTION score;
