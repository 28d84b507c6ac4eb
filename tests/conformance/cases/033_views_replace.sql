-- CREATE OR REPLACE VIEW may only append columns: dropping, renaming or retyping one is 42P16.
-- modes: autocommit whole-file-tx
CREATE TABLE staff (id int, name text, salary numeric);
CREATE VIEW staff_public AS SELECT id, name FROM staff;
CREATE OR REPLACE VIEW staff_public AS SELECT id, name, salary FROM staff;
CREATE OR REPLACE VIEW staff_public AS SELECT id FROM staff;
CREATE OR REPLACE VIEW staff_public AS SELECT id, name AS full_name, salary FROM staff;
CREATE OR REPLACE VIEW staff_public AS SELECT id, name::varchar AS name, salary FROM staff;
CREATE VIEW staff_public AS SELECT 1 AS x;
SELECT * FROM staff_public;
