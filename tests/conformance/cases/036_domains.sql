-- Domains with CHECK / NOT NULL: values are checked on insert (23514/23502); ADD CONSTRAINT checks stored data.
-- modes: single-transaction autocommit
CREATE DOMAIN positive_int AS int CHECK (VALUE > 0);
CREATE DOMAIN email AS text NOT NULL CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');
CREATE TABLE subscribers (n positive_int, addr email);
INSERT INTO subscribers VALUES (1, 'a@x');
INSERT INTO subscribers VALUES (0, 'b@x');
INSERT INTO subscribers VALUES (2, 'nope');
INSERT INTO subscribers VALUES (3, NULL);
ALTER DOMAIN positive_int ADD CONSTRAINT small CHECK (VALUE < 1);
ALTER DOMAIN positive_int ADD CONSTRAINT small CHECK (VALUE < 1) NOT VALID;
SELECT '5'::positive_int AS five_now_too_big;
SELECT '-5'::positive_int AS cast_bad;
DROP DOMAIN email;
