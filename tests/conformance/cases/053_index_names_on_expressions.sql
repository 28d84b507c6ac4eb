-- CREATE INDEX without a name on expressions: named after the function (t_lower_idx) or t_expr_idx; duplicates get 1, 2.
-- modes: autocommit single-transaction
CREATE TABLE users (id int, email text, first text, last text);
CREATE INDEX ON users (lower(email));
CREATE INDEX ON users ((first || ' ' || last));
CREATE INDEX ON users ((id + 1));
CREATE INDEX ON users (lower(email), id);
CREATE UNIQUE INDEX ON users (lower(email));
CREATE INDEX ON users (upper(first), lower(last));
SELECT indexname FROM pg_indexes WHERE tablename = 'users' ORDER BY indexname;
CREATE INDEX users_lower_idx ON users (id);
CREATE INDEX IF NOT EXISTS users_lower_idx ON users (id);
