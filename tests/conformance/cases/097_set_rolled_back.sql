-- A plain SET inside a transaction is undone by ROLLBACK (and by ROLLBACK TO SAVEPOINT); after COMMIT it stays.
-- modes: as-written
SHOW lock_timeout;
BEGIN;
SET lock_timeout = '2s';
SHOW lock_timeout;
ROLLBACK;
SHOW lock_timeout;
BEGIN;
SET lock_timeout = '3s';
SAVEPOINT sp;
SET lock_timeout = '4s';
SET search_path = nowhere;
ROLLBACK TO SAVEPOINT sp;
SHOW lock_timeout;
SHOW search_path;
COMMIT;
SHOW lock_timeout;
BEGIN;
SET lock_timeout = '6s';
SELECT 1/0;
COMMIT;
SHOW lock_timeout;
