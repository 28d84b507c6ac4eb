-- DROP SCHEMA public (extension, table, type, function, view in it), recreating it, several schemas in one DROP, a foreign key from another schema.
-- modes: autocommit
CREATE EXTENSION pgcrypto;
CREATE TABLE t (id serial PRIMARY KEY, h text DEFAULT gen_salt('bf'));
CREATE TYPE mood AS ENUM ('a');
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'select 1';
CREATE VIEW v AS SELECT id FROM t;
DROP SCHEMA public;
DROP SCHEMA public CASCADE;
CREATE TABLE t2 (id int);
SELECT extname FROM pg_extension ORDER BY 1;
CREATE SCHEMA public;
CREATE TABLE t2 (id int);
CREATE SCHEMA app;
CREATE TABLE app.a (id int);
CREATE TABLE app.b (a_id int);
DROP SCHEMA app, public CASCADE;
CREATE SCHEMA public;
CREATE SCHEMA s1;
CREATE SCHEMA s2;
CREATE TABLE s1.x (id int PRIMARY KEY);
CREATE TABLE s2.y (x_id int REFERENCES s1.x);
DROP SCHEMA s1;
DROP SCHEMA s1 CASCADE;
