-- A file that opens a transaction and never commits (as-written): status stays intrans at the end and the summary notes it; nothing is committed.
-- modes: as-written single-transaction
CREATE TABLE committed_t (id int);
BEGIN;
CREATE TABLE uncommitted_t (id int);
INSERT INTO committed_t VALUES (1);
SELECT count(*) FROM committed_t;
