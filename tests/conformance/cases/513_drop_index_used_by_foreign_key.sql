-- A unique index a foreign key relies on (2BP01 / CASCADE drops the constraint), and DROP TABLE of several tables joined by a view.
-- modes: autocommit single-transaction
CREATE TABLE t (c int);
CREATE UNIQUE INDEX u ON t (c);
CREATE TABLE r (x int REFERENCES t (c));
DROP INDEX u;
DROP INDEX u CASCADE;
INSERT INTO r VALUES (5);
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE q (p_id int REFERENCES p);
CREATE VIEW pq AS SELECT p.id FROM p JOIN q ON q.p_id = p.id;
DROP TABLE q, p;
DROP TABLE p, q CASCADE;
