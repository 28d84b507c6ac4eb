-- Grammar errors (42601) at the right statement: typo, missing comma, trailing comma, reserved word as name; neighbours still run.
-- modes: autocommit single-transaction
CREATE TABLE ok1 (id int);
CREATE TABEL t1 (id int);
CREATE TABLE t2 (id int name text);
CREATE TABLE t3 (id int,);
CREATE TABLE user (id int);
CREATE TABLE "user" (id int);
ALTER TABLE ok1 ADD COLUMN order int;
ALTER TABLE ok1 ADD COLUMN "order" int;
SELECT id, "order" FROM ok1;
INSERT INTO ok1 VALUES (1,, 2);
