-- A semicolon inside parentheses does not end the statement: the whole parenthesised text is sent and fails with 42601.
-- modes: autocommit single-transaction
CREATE TABLE good (a int);
CREATE TABLE bad (a int; b int);
SELECT (1; 2);
INSERT INTO good VALUES (1);
SELECT count(*) FROM good;
