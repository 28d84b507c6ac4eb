CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE people (id int PRIMARY KEY, name varchar(10), nick text, age smallint, m mood, score numeric(5,2));
INSERT INTO people VALUES (1, 'ann', NULL, 30, 'sad', 1.5), (2, 'bob', 'b', 40, 'happy', 2.25), (3, 'cy', NULL, 50, NULL, NULL);
CREATE TABLE parents (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE kids (id int PRIMARY KEY, parent_id int REFERENCES parents, label text);
INSERT INTO parents VALUES (1, 'p1'), (2, 'p2');
INSERT INTO kids VALUES (10, 1, 'k'), (11, NULL, 'x');
