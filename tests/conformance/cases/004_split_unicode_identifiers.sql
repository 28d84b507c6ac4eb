-- U&"..." identifiers and U&'...' strings (with UESCAPE) reach the server intact and name the same objects.
-- modes: autocommit single-transaction
CREATE TABLE U&"d\0061ta" (U&"v\0061l" int);
INSERT INTO data (val) VALUES (7);
SELECT val FROM "data";
SELECT U&'semi\003Bcolon' AS s1, U&'!0041!0042' UESCAPE '!' AS s2;
CREATE TABLE U&"t!003Bx" UESCAPE '!' (id int);
SELECT relname FROM pg_class WHERE relname = 't;x';
SELECT * FROM U&"d\0061ta_missing";
