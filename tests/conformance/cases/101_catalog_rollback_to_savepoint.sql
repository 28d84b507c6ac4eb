-- DDL inside a savepoint that is rolled back: the object is gone (use fails 42P01, then creating it again succeeds).
-- modes: as-written
BEGIN;
CREATE TABLE outer_t (id int);
SAVEPOINT s;
CREATE TABLE inner_t (id int);
CREATE TYPE inner_enum AS ENUM ('a');
ALTER TABLE outer_t ADD COLUMN c int;
ROLLBACK TO SAVEPOINT s;
INSERT INTO inner_t VALUES (1);
ROLLBACK TO SAVEPOINT s;
SELECT c FROM outer_t;
ROLLBACK TO SAVEPOINT s;
CREATE TABLE inner_t (id int);
CREATE TYPE inner_enum AS ENUM ('a');
ALTER TABLE outer_t ADD COLUMN c int;
COMMIT;
SELECT count(*) AS tables FROM pg_class WHERE relname IN ('outer_t', 'inner_t');
