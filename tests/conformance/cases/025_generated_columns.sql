-- Stored generated columns: computed on INSERT, cannot be written (428C9), must use immutable expressions (42P17).
-- modes: single-transaction autocommit
CREATE TABLE boxes (w int, h int, area int GENERATED ALWAYS AS (w * h) STORED);
INSERT INTO boxes (w, h) VALUES (2, 3);
SELECT w, h, area FROM boxes;
INSERT INTO boxes (w, h, area) VALUES (1, 1, 1);
UPDATE boxes SET area = 0;
UPDATE boxes SET w = 5;
SELECT area FROM boxes;
ALTER TABLE boxes ADD COLUMN stamp timestamptz GENERATED ALWAYS AS (now()) STORED;
ALTER TABLE boxes ADD COLUMN perimeter int GENERATED ALWAYS AS (2 * (w + h)) STORED;
SELECT perimeter FROM boxes;
ALTER TABLE boxes DROP COLUMN w;
