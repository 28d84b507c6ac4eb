-- Same-named savepoints stack: RELEASE and ROLLBACK TO act on the newest; after both are released the name is 3B001.
-- modes: as-written
CREATE TABLE s (n int);
BEGIN;
INSERT INTO s VALUES (1);
SAVEPOINT sp;
INSERT INTO s VALUES (2);
SAVEPOINT sp;
INSERT INTO s VALUES (3);
ROLLBACK TO SAVEPOINT sp;
SELECT array_agg(n ORDER BY n) AS after_inner_rollback FROM s;
RELEASE SAVEPOINT sp;
ROLLBACK TO SAVEPOINT sp;
SELECT array_agg(n ORDER BY n) AS after_outer_rollback FROM s;
RELEASE sp;
RELEASE sp;
COMMIT;
SELECT array_agg(n ORDER BY n) AS final FROM s;
