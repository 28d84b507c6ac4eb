-- An unterminated string at the end of the file is still sent (as psql does) and fails with 42601; earlier statements are unaffected.
-- modes: autocommit whole-file
CREATE TABLE u (s text);
INSERT INTO u VALUES ('complete');
INSERT INTO u VALUES ('never closed);
