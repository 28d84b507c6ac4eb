-- ROLLBACK TO keeps the savepoint: it can be rolled back to again and again, each time clearing the error.
-- modes: as-written
CREATE TABLE u (id int PRIMARY KEY);
BEGIN;
SAVEPOINT attempt;
INSERT INTO u VALUES (1);
INSERT INTO u VALUES (1);
ROLLBACK TO attempt;
INSERT INTO u VALUES ('x');
SELECT 1;
ROLLBACK TO attempt;
INSERT INTO u VALUES (2);
ROLLBACK TO SAVEPOINT attempt;
INSERT INTO u VALUES (3);
RELEASE attempt;
COMMIT;
SELECT array_agg(id) AS ids FROM u;
