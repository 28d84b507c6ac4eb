-- DROP TABLE referenced by a foreign key: 2BP01 naming the constraint; CASCADE drops only the FK constraint (NOTICE), not the child.
-- modes: single-transaction autocommit
CREATE TABLE teams (id int PRIMARY KEY);
CREATE TABLE players (id int, team_id int REFERENCES teams);
INSERT INTO teams VALUES (1);
INSERT INTO players VALUES (1, 1);
DROP TABLE teams;
DROP TABLE teams CASCADE;
INSERT INTO players VALUES (2, 999);
SELECT count(*) AS players FROM players;
