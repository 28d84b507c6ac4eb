-- 23502/23505/23514/23503 against data that the setup inserted (DML in a migration: backfills and seeds).
-- modes: autocommit single-transaction
-- args: --setup 131_err_integrity_setup_data.setup.sql
INSERT INTO users VALUES (1, 'c@x', 20);
INSERT INTO users VALUES (3, 'a@x', 20);
INSERT INTO users VALUES (4, 'd@x', -1);
INSERT INTO orders VALUES (12, NULL, 1);
INSERT INTO orders VALUES (13, 99, 1);
DELETE FROM users WHERE id = 2;
UPDATE users SET id = 5 WHERE id = 1;
UPDATE orders SET user_id = 2 WHERE id = 10;
INSERT INTO users VALUES (3, 'c@x', 20) ON CONFLICT (id) DO NOTHING;
INSERT INTO users VALUES (1, 'z@x', 1) ON CONFLICT (id) DO UPDATE SET email = 'b@x';
SELECT id, email FROM users ORDER BY id;
