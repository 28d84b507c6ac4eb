-- Nested /* /* */ */ comments and -- comments containing semicolons do not split statements.
-- modes: autocommit whole-file
/* leading block comment; with a semicolon
   /* nested; still comment */
   still inside the outer comment; */
CREATE TABLE notes (id int /* inline; comment */, body text);
INSERT INTO notes VALUES (1, 'a') -- trailing; comment
;
/* a comment-only region; it sends nothing */
SELECT count(*) /* /* nested */ ; still a comment */ AS n FROM notes;
SELECT 'not /* a comment */' AS s, '-- nor this' AS t;
