-- PREPARE TRANSACTION with max_prepared_transactions = 0: 55000 and the transaction is gone (idle); COMMIT PREPARED of an unknown gid is 42704.
-- modes: as-written
CREATE TABLE pt (id int);
BEGIN;
INSERT INTO pt VALUES (1);
PREPARE TRANSACTION 'mig_1';
SELECT count(*) FROM pt;
COMMIT PREPARED 'mig_1';
ROLLBACK PREPARED 'mig_1';
PREPARE TRANSACTION 'outside';
BEGIN;
SELECT 1/0;
PREPARE TRANSACTION 'after_error';
SELECT 1;
