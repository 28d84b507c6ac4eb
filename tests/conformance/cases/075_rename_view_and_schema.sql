-- ALTER VIEW RENAME, ALTER VIEW RENAME COLUMN, ALTER SCHEMA RENAME and ALTER TABLE SET SCHEMA as seen by later qualified names.
-- modes: autocommit as-written
CREATE SCHEMA old_ns;
CREATE TABLE old_ns.t (id int);
CREATE VIEW old_ns.tv AS SELECT id FROM old_ns.t;
ALTER VIEW old_ns.tv RENAME TO t_view;
ALTER VIEW old_ns.t_view RENAME COLUMN id TO ident;
ALTER SCHEMA old_ns RENAME TO new_ns;
SELECT * FROM old_ns.t;
SELECT ident FROM new_ns.t_view;
ALTER TABLE new_ns.t SET SCHEMA public;
SELECT count(*) FROM t;
SELECT count(*) FROM new_ns.t_view;
ALTER SCHEMA new_ns RENAME TO public;
