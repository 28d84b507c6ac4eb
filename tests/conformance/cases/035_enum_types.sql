-- Enum types: invalid labels (22P02), ADD VALUE BEFORE/AFTER/IF NOT EXISTS (notice), duplicate label 42710, RENAME VALUE.
-- modes: autocommit as-written
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE person (name text, current_mood mood);
INSERT INTO person VALUES ('a', 'happy');
INSERT INTO person VALUES ('b', 'angry');
ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy';
ALTER TYPE mood ADD VALUE 'ok';
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ok';
ALTER TYPE mood ADD VALUE 'meh' AFTER 'nope';
ALTER TYPE mood RENAME VALUE 'sad' TO 'blue';
SELECT enum_range(NULL::mood) AS labels;
CREATE TYPE mood AS ENUM ('x');
INSERT INTO person VALUES ('c', 'ok');
SELECT name FROM person WHERE current_mood > 'ok';
