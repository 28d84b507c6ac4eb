-- Table and column constraints (PRIMARY KEY, UNIQUE, CHECK) and the violations they produce (23505, 23514, 23502).
-- modes: single-transaction autocommit
CREATE TABLE members (
  id int PRIMARY KEY,
  handle text UNIQUE,
  age int CHECK (age >= 0),
  CONSTRAINT members_handle_len CHECK (length(handle) > 2)
);
INSERT INTO members VALUES (1, 'ann', 30);
INSERT INTO members VALUES (1, 'bob', 20);
INSERT INTO members VALUES (2, 'ann', 20);
INSERT INTO members VALUES (3, 'cy', 20);
INSERT INTO members VALUES (4, 'dee', -1);
INSERT INTO members VALUES (NULL, 'eve', 1);
ALTER TABLE members ADD PRIMARY KEY (handle);
SELECT conname, contype FROM pg_constraint WHERE conrelid = 'members'::regclass ORDER BY conname;
