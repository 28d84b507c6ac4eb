-- ROLLBACK TO an outer savepoint discards inner ones (later ROLLBACK TO inner is 3B001); RELEASE outer also releases inner.
-- modes: as-written
CREATE TABLE n (v int);
BEGIN;
SAVEPOINT outer_sp;
INSERT INTO n VALUES (1);
SAVEPOINT inner_sp;
INSERT INTO n VALUES (2);
ROLLBACK TO outer_sp;
ROLLBACK TO inner_sp;
ROLLBACK TO outer_sp;
SAVEPOINT a;
SAVEPOINT b;
RELEASE a;
RELEASE b;
ROLLBACK;
SELECT count(*) FROM n;
