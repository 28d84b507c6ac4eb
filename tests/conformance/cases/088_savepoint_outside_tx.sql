-- SAVEPOINT, RELEASE and ROLLBACK TO outside a transaction block: error 25P01, status stays idle, next statements run.
-- modes: autocommit single-transaction
CREATE TABLE o (id int);
SAVEPOINT s1;
INSERT INTO o VALUES (1);
RELEASE SAVEPOINT s1;
ROLLBACK TO SAVEPOINT s1;
SELECT count(*) FROM o;
