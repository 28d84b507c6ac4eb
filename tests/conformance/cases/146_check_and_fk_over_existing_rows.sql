-- ADD CHECK and ADD FOREIGN KEY validate existing rows: 23514 "is violated by some row" and 23503 with the orphan key in DETAIL.
-- modes: autocommit single-transaction
-- args: --setup 146_check_and_fk_over_existing_rows.setup.sql
ALTER TABLE accounts ADD CONSTRAINT accounts_balance_nonneg CHECK (balance >= 0);
ALTER TABLE transfers ADD CONSTRAINT transfers_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id);
ALTER TABLE transfers ADD CONSTRAINT transfers_amount_pos CHECK (amount > 0);
ALTER TABLE accounts ADD COLUMN limit_amount int NOT NULL DEFAULT 0 CHECK (limit_amount > 0);
