-- Literal rows from setup and migration, evaluated exactly: input errors (22P02, 22003), numeric typmods, enums, failing-row detail cut at 64 bytes, heap order after UPDATE, unique keys during UPDATE, counts with WHERE.
-- modes: autocommit
-- args: --setup 700_data_literal_rows.setup.sql
INSERT INTO people (id) VALUES ('99999999999');
INSERT INTO people (id, age) VALUES (4, 40000);
INSERT INTO people (id, age) VALUES (4, '40000');
INSERT INTO people (id, score) VALUES (4, 1234.5);
INSERT INTO people (id, m) VALUES (4, 'angry');
INSERT INTO people (id, name) VALUES (4, 'abcdefghijk');
INSERT INTO people (id, name) VALUES (4, 'abcdefghij   ');
INSERT INTO people (id, name, nick) VALUES (NULL, 'n', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
INSERT INTO people (id, name) VALUES (5, 'e'), (5, 'f');
INSERT INTO people (id, name) VALUES (5, 'e') ON CONFLICT DO NOTHING;
INSERT INTO people (id, name) VALUES (5, 'e'), (6, 'g') ON CONFLICT (id) DO NOTHING;
UPDATE people SET id = id + 1 WHERE id < 3;
UPDATE people SET id = id + 10;
SELECT count(*) FROM people WHERE nick IS NULL;
SELECT id FROM people WHERE name LIKE '%n%' OR age > 45;
UPDATE people SET nick = 'later' WHERE id = 12;
ALTER TABLE people ALTER COLUMN nick TYPE int USING nick::int;
UPDATE people SET nick = 'zz' WHERE id = 11;
ALTER TABLE people ALTER COLUMN nick TYPE int USING nick::int;
DELETE FROM people WHERE age BETWEEN 35 AND 45;
ALTER TABLE people ADD PRIMARY KEY (nick);
ALTER TABLE people DROP CONSTRAINT people_pkey;
ALTER TABLE people ADD PRIMARY KEY (nick);
UPDATE kids SET parent_id = 3 WHERE id = 11;
UPDATE kids SET parent_id = 2 WHERE id = 11;
DELETE FROM parents WHERE id = 1;
UPDATE parents SET code = 'p2' WHERE id = 1;
ALTER TABLE kids ADD CONSTRAINT kids_label_chk CHECK (label <> 'x');
ALTER TABLE kids ADD COLUMN n serial UNIQUE;
SELECT n FROM kids ORDER BY n;
