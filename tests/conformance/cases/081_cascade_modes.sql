-- The same failing file in four modes: single-transaction cascades 25P02, autocommit continues, whole-file stops (not_executed), whole-file-tx too.
-- modes: single-transaction autocommit whole-file whole-file-tx
CREATE TABLE wallets (id int PRIMARY KEY, balance int NOT NULL DEFAULT 0);
INSERT INTO wallets (id) VALUES (1), (2);
UPDATE wallets SET balance = balance / 0 WHERE id = 1;
INSERT INTO wallets (id) VALUES (3);
SELECT count(*) AS wallets FROM wallets;
ALTER TABLE wallets ADD COLUMN owner text;
