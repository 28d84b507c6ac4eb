-- SQL-standard bodies (BEGIN ATOMIC ... END) with inner semicolons are one statement (function and procedure).
-- modes: single-transaction whole-file-tx
CREATE TABLE counters (name text PRIMARY KEY, n int NOT NULL DEFAULT 0);
CREATE FUNCTION double_it(x int) RETURNS int LANGUAGE sql
BEGIN ATOMIC
  SELECT x * 2;
END;
CREATE PROCEDURE bump(k text) LANGUAGE sql
BEGIN ATOMIC
  INSERT INTO counters (name) VALUES (k) ON CONFLICT (name) DO NOTHING;
  UPDATE counters SET n = n + 1 WHERE name = k;
END;
CREATE FUNCTION classify(x int) RETURNS text LANGUAGE sql
BEGIN ATOMIC
  SELECT CASE WHEN x > 0 THEN 'pos' ELSE 'nonpos' END;
END;
CALL bump('a');
CALL bump('a');
SELECT name, n, double_it(n), classify(n) FROM counters;
