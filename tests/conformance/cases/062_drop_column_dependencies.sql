-- DROP COLUMN used by a view is 2BP01; its indexes (and multi-column indexes) are dropped silently; ALTER TYPE under a view is 0A000.
-- modes: autocommit whole-file-tx
CREATE TABLE people (id int, name text, nick text, age int);
CREATE INDEX people_name_idx ON people (name);
CREATE INDEX people_nick_age_idx ON people (nick, age);
CREATE VIEW people_names AS SELECT id, name FROM people;
ALTER TABLE people DROP COLUMN name;
ALTER TABLE people ALTER COLUMN name TYPE varchar(100);
ALTER TABLE people DROP COLUMN nick;
SELECT indexname FROM pg_indexes WHERE tablename = 'people' ORDER BY indexname;
ALTER TABLE people DROP COLUMN name CASCADE;
SELECT indexname FROM pg_indexes WHERE tablename = 'people' ORDER BY indexname;
SELECT * FROM people_names;
