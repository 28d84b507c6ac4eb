-- A file with its own BEGIN/COMMIT run in single-transaction mode: its BEGIN warns 25001, its COMMIT ends the tool's tx, later statements autocommit, the tool's COMMIT warns 25P01.
-- modes: single-transaction whole-file-tx as-written
BEGIN;
CREATE TABLE inner_t (id int);
COMMIT;
CREATE TABLE after_commit (id int);
INSERT INTO inner_t VALUES ('bad');
CREATE TABLE after_error (id int);
