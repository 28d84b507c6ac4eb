-- In whole-file mode a syntax error anywhere means nothing runs (the message is parsed first); statement-wise modes run the rest.
-- modes: whole-file whole-file-tx autocommit
CREATE TABLE first_t (id int);
INSERT INTO first_t VALUES (1);
CREATE INDEX first_t_id_idx ON first_t (id);
ALTER TABLE first_t ADD COLUMN c int DEFAULT 0;
ALTER TABLE first_t ADD COLUM d int;
CREATE TABLE last_t (id int);
