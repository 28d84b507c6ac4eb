-- A file that opens a transaction and never commits (as-written): status stays intrans at the end, the summary notes it, and nothing after BEGIN is committed.
-- modes: as-written single-transaction
CREATE TABLE committed_t (id int);
BEGIN;
CREATE TABLE uncommitted_t (id int);
INSERT INTO committed_t VALUES (1);
SELECT count(*) FROM committed_t;
