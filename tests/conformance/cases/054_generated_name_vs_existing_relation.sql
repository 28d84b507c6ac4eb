-- Generated names skip names already taken by any relation: t_a_key1, t_pkey1, v_id_seq1.
-- modes: single-transaction autocommit
CREATE TABLE t_a_key (x int);
CREATE SEQUENCE t_pkey;
CREATE TABLE t (id int PRIMARY KEY, a int UNIQUE);
SELECT conname FROM pg_constraint WHERE conrelid = 't'::regclass AND contype <> 'n' ORDER BY conname;
CREATE VIEW v_id_seq AS SELECT 1 AS x;
CREATE TABLE v (id serial);
SELECT pg_get_serial_sequence('v', 'id') AS v_seq;
INSERT INTO v DEFAULT VALUES;
SELECT nextval('v_id_seq1') AS next_after_insert;
CREATE TABLE v_id_seq (id int);
SELECT currval('v_id_seq');
