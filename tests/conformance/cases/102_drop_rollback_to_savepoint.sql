-- DROP inside a savepoint, then ROLLBACK TO: the table and its data are back; a failed DROP after RELEASE aborts the whole block.
-- modes: as-written
CREATE TABLE precious (id int);
INSERT INTO precious VALUES (1), (2);
BEGIN;
SAVEPOINT before_drop;
DROP TABLE precious;
SELECT count(*) FROM precious;
ROLLBACK TO before_drop;
SELECT count(*) AS restored FROM precious;
RELEASE before_drop;
DROP TABLE precious_typo;
ROLLBACK TO before_drop;
COMMIT;
SELECT count(*) FROM precious;
