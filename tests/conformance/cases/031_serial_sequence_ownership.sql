-- serial creates an owned sequence t_col_seq: dropping it alone is 2BP01 (the default uses it); DROP DEFAULT frees it.
-- modes: autocommit single-transaction
CREATE TABLE tickets (id serial PRIMARY KEY, title text);
INSERT INTO tickets (title) VALUES ('first'), ('second');
SELECT id, title FROM tickets ORDER BY id;
SELECT pg_get_serial_sequence('tickets', 'id') AS seq;
DROP SEQUENCE tickets_id_seq;
ALTER SEQUENCE tickets_id_seq OWNED BY NONE;
DROP SEQUENCE tickets_id_seq;
ALTER TABLE tickets ALTER COLUMN id DROP DEFAULT;
DROP SEQUENCE tickets_id_seq;
INSERT INTO tickets (title) VALUES ('third');
SELECT pg_get_serial_sequence('tickets', 'id') AS seq;
