-- Explicit constraint/index names that collide: index-backed constraints collide with relations (42P07), CHECKs with constraints (42710).
-- modes: autocommit single-transaction
CREATE TABLE a (id int, v int);
CREATE TABLE b (id int);
ALTER TABLE a ADD CONSTRAINT b PRIMARY KEY (id);
ALTER TABLE a ADD CONSTRAINT a_pk PRIMARY KEY (id);
ALTER TABLE b ADD CONSTRAINT a_pk PRIMARY KEY (id);
ALTER TABLE a ADD CONSTRAINT a_v_check CHECK (v > 0);
ALTER TABLE a ADD CONSTRAINT a_v_check CHECK (v < 100);
ALTER TABLE b ADD CONSTRAINT a_v_check CHECK (id > 0);
CREATE INDEX a_pk ON b (id);
CREATE UNIQUE INDEX a_v_uidx ON a (v);
ALTER TABLE a ADD CONSTRAINT a_v_uidx UNIQUE (v);
