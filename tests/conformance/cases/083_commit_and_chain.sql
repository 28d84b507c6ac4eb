-- COMMIT/ROLLBACK AND CHAIN start a new transaction with the same characteristics (isolation level survives); AND CHAIN outside a block is 25P01.
-- modes: as-written
CREATE TABLE c (n int);
BEGIN ISOLATION LEVEL REPEATABLE READ;
INSERT INTO c VALUES (1);
COMMIT AND CHAIN;
SHOW transaction_isolation;
INSERT INTO c VALUES (2);
ROLLBACK AND CHAIN;
SHOW transaction_isolation;
SELECT count(*) AS committed_rows FROM c;
COMMIT AND NO CHAIN;
SHOW transaction_isolation;
COMMIT AND CHAIN;
ROLLBACK AND CHAIN;
