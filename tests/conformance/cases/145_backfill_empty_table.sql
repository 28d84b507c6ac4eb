-- The same division backfill on an empty table: UPDATE 0 and no error (the expression is never evaluated); a constant 1/0 still fails.
-- modes: single-transaction autocommit
-- args: --setup 145_backfill_empty_table.setup.sql
ALTER TABLE metrics ADD COLUMN average int;
UPDATE metrics SET average = total / count;
UPDATE metrics SET average = 1 / 0;
