-- SET LOCAL lasts until the end of the transaction (COMMIT or ROLLBACK); outside a block it only warns 25P01 and has no effect.
-- modes: as-written
SET LOCAL statement_timeout = '5s';
SHOW statement_timeout;
BEGIN;
SET LOCAL statement_timeout = '7s';
SET LOCAL search_path = pg_catalog;
SHOW statement_timeout;
SHOW search_path;
COMMIT;
SHOW statement_timeout;
SHOW search_path;
BEGIN;
SET statement_timeout = '9s';
SET LOCAL statement_timeout = '3s';
SHOW statement_timeout;
COMMIT;
SHOW statement_timeout;
