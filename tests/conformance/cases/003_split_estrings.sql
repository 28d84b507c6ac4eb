-- E'' strings with backslash escapes (\' and \\) and standard strings with '' keep their semicolons.
-- modes: single-transaction whole-file
CREATE TABLE msgs (id int, body text);
INSERT INTO msgs VALUES (1, E'it\'s; fine');
INSERT INTO msgs VALUES (2, E'back\\slash; \\');
INSERT INTO msgs VALUES (3, 'double '' quote; here');
INSERT INTO msgs VALUES (4, E'tab\there;');
SELECT id, body FROM msgs ORDER BY id;
SELECT E'\x41\101' AS escapes;
