-- Views over joins (USING/NATURAL merge columns, ON duplicates 42701), LATERAL, whole-row references, ambiguous and missing names (42702/42P01/42703/42704 with positions), FigureColname, and their dependencies.
-- modes: autocommit
CREATE TABLE a (id int, x text);
CREATE TABLE b (id int, y text);
CREATE VIEW v_using AS SELECT * FROM a JOIN b USING (id);
CREATE VIEW v_natural AS SELECT * FROM a NATURAL JOIN b;
CREATE VIEW v_on AS SELECT * FROM a JOIN b ON a.id = b.id;
CREATE VIEW v_lateral AS SELECT a.id, l.n FROM a, LATERAL (SELECT count(*) AS n FROM b WHERE b.id = a.id) l;
CREATE VIEW v_row AS SELECT a FROM a;
CREATE VIEW v_missing_alias AS SELECT c.id FROM a;
CREATE VIEW v_ambiguous AS SELECT id FROM a, b;
CREATE VIEW v_sub AS SELECT s.id FROM (SELECT id FROM a) s;
CREATE VIEW v_sub_bad AS SELECT s.nope FROM (SELECT id FROM a) s;
CREATE VIEW v_cast_bad AS SELECT 1::nosuchtype AS z;
CREATE VIEW v_case AS SELECT CASE WHEN id > 0 THEN 1 END, coalesce(x, 'a'), (SELECT max(y) FROM b) FROM a;
SELECT attname FROM pg_attribute WHERE attrelid = 'v_case'::regclass AND attnum > 0 ORDER BY attnum;
CREATE VIEW v_values AS VALUES (1, 'a'), (2, 'b');
CREATE VIEW v_nested AS SELECT u.id FROM v_using u WHERE u.y IS NOT NULL;
ALTER TABLE b DROP COLUMN y;
ALTER TABLE a DROP COLUMN x;
DROP TABLE b;
