-- Backfill UPDATE dividing by a column that is 0 in one setup row: 22012; a NULLIF guard makes it pass.
-- modes: single-transaction autocommit whole-file
-- args: --setup 144_backfill_division_by_zero.setup.sql
ALTER TABLE metrics ADD COLUMN average int;
UPDATE metrics SET average = total / count;
UPDATE metrics SET average = total / NULLIF(count, 0);
SELECT id, average FROM metrics ORDER BY id;
