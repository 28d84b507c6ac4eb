-- Inside an aborted block a grammar error still answers 42601 (parse happens first); semantic errors answer 25P02.
-- modes: as-written
CREATE TABLE a (id int);
BEGIN;
INSERT INTO a VALUES (1);
SELECT * FROM missing_table;
SELEC 1;
SELECT * FROM also_missing;
INSERT INTO a VALUES (1,);
DROP TABLE a;
UPDAT a SET id = 2;
COMMIT;
SELECT count(*) AS rows_after FROM a;
