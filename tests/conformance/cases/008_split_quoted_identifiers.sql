-- Quoted identifiers containing ; -- /* and "" are one token; case-sensitive names are distinct objects.
-- modes: autocommit whole-file-tx
CREATE TABLE "odd;name" ("col--x" int, "a""b" text);
INSERT INTO "odd;name" VALUES (1, '/* not a comment */');
CREATE TABLE "Mixed" (id int);
CREATE TABLE mixed (id int);
SELECT "col--x", "a""b" FROM "odd;name";
SELECT relname FROM pg_class WHERE relname IN ('Mixed', 'mixed', 'odd;name') ORDER BY relname;
