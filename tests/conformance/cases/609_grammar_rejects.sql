-- Statements sqlparser accepts or half-reads that PostgreSQL's grammar rejects: other dialects' forms, unrendered templates, two statements without a semicolon between them.
-- modes: autocommit
CREATE TABLE t (id int PRIMARY KEY, v int, w int);
CREATE VIEW IF NOT EXISTS v AS SELECT 1;
CREATE OR REPLACE TABLE t2 (a int);
CREATE TABLE t3 (a int) ENGINE=InnoDB;
CREATE TABLE t4 (a int AUTO_INCREMENT, b int);
CREATE TABLE t5 (a int unsigned);
CREATE TABLE t5b (a bigint UNSIGNED, b int AUTOINCREMENT);
ALTER TABLE t MODIFY COLUMN v bigint;
ALTER TABLE t CHANGE COLUMN v v2 int;
INSERT INTO t VALUES (1) ON DUPLICATE KEY UPDATE v = 1;
DROP INDEX t_pkey ON t;
CREATE TABLE t6 (a int COMMENT 'x');
CREATE TABLE t7 (a int) COMMENT 'x';
ALTER TABLE t RENAME TO public.t8;
CREATE TABLE t9 (a int) WITHOUT ROWID;
UPDATE t SET v = 1 LIMIT 1;
DELETE FROM t LIMIT 1;
CREATE TABLE comment (id int PRIMARY KEY);
CREATE TABLE c2 (id int, parent_id int REFERENCES COMMENT ON DELETE CASCADE);
CREATE MATERIALIZED VIEW IF NOT EXISTS mv AS SELECT 1 AS a;
CREATE TYPE IF NOT EXISTS kind AS ENUM ('x');
CREATE TABLE IF NOT EXISTS {{ index .Options "Namespace" }}.users (id int);
CREATE INDEX x ON "{{ index .Options "Namespace" }}".identities using btree (user_id);
CREATE TABLE s1 (k $%AUTO_INCREMENT_PRIMARY_KEY%$, b int);
CREATE INDEX t_v_idx ON t(v)
CREATE UNIQUE INDEX t_w_idx ON t(w);
ALTER TABLE t DROP CONSTRAINT t_pkey
ALTER TABLE t ALTER COLUMN v TYPE bigint;
INSERT INTO t VALUES (1, 2, 3) RETURNING '{}'::text AS j, $$ { $$ AS d;
CREATE TABLE tt (a int, KEY (a));
