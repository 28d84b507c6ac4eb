-- Warnings, not errors: COMMIT/ROLLBACK/END/ABORT without a transaction (25P01), BEGIN/START TRANSACTION inside one (25001).
-- modes: as-written
COMMIT;
ROLLBACK;
END;
ABORT;
BEGIN;
BEGIN;
START TRANSACTION;
CREATE TABLE w (id int);
COMMIT;
COMMIT;
SELECT count(*) FROM pg_class WHERE relname = 'w';
