-- DROP TYPE used by a column (enum and domain): 2BP01; CASCADE drops the column (NOTICE), later use of it is 42703.
-- modes: single-transaction autocommit
CREATE TYPE priority AS ENUM ('low', 'high');
CREATE DOMAIN short_text AS varchar(10);
CREATE TABLE tasks (id int, p priority, label short_text);
INSERT INTO tasks VALUES (1, 'high', 'x');
DROP TYPE priority;
DROP TYPE priority CASCADE;
SELECT p FROM tasks;
DROP TYPE short_text;
DROP DOMAIN short_text CASCADE;
SELECT * FROM tasks;
DROP TYPE IF EXISTS priority;
