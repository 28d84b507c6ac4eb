-- Name clashes between types and relations (42710 + HINT; indexes and sequences have no row type), OWNED BY across schemas (55000), pinned objects (2BP01 'required by the database system'), a function without result type.
-- modes: autocommit
CREATE FUNCTION noret() LANGUAGE sql AS 'select 1';
CREATE SCHEMA s;
CREATE TABLE t (id int);
CREATE SEQUENCE s.sq OWNED BY t.id;
CREATE SEQUENCE sq_ok OWNED BY t.id;
CREATE VIEW tv AS SELECT id FROM t;
CREATE SEQUENCE sq_v OWNED BY tv.id;
CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION s.nofn();
ALTER TYPE nosch.x ADD VALUE 'a';
ALTER TYPE IF EXISTS nosuch RENAME TO y;
COMMENT ON FUNCTION nosch.f IS 'x';
DROP TYPE integer;
DROP SCHEMA pg_catalog;
CREATE TYPE t AS ENUM ('x');
CREATE TYPE tv AS ENUM ('x');
CREATE INDEX t_idx ON t (id);
CREATE TYPE t_idx AS ENUM ('x');
CREATE TYPE sq_ok AS ENUM ('x');
CREATE TYPE e1 AS ENUM ('x');
CREATE TABLE e1 (id int);
CREATE VIEW e1 AS SELECT 1 AS a;
CREATE SEQUENCE e1;
