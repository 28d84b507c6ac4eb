-- Empty statements (;;) send nothing, and a last statement without a semicolon is still sent.
-- modes: autocommit whole-file
;
CREATE TABLE e (id int);;
;;
INSERT INTO e VALUES (1);
/* only a comment */;
SELECT count(*) AS n FROM e
